<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../ui/register.py" line="282"/>
        <source>Access list of {0}</source>
        <translation>{0} 的访问名单</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="293"/>
        <source>Who of our users may open this item&apos;s content:</source>
        <translation>我方哪些用户可以打开这份资料的内容：</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/sections.py" line="195"/>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="195"/>
        <source>The customer&apos;s business</source>
        <translation>客户经营情况</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="196"/>
        <source>Our analysis (SWOT, culture)</source>
        <translation>我方分析（SWOT、文化）</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="273"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../ui/models/accounts.py" line="270"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/accounts.py" line="270"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/models/accounts.py" line="270"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/accounts.py" line="270"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/models/accounts.py" line="270"/>
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <location filename="../../ui/models/accounts.py" line="271"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="50"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="51"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="52"/>
        <source>Potential per year</source>
        <translation>年度潜力</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="53"/>
        <source>Current (12 months)</source>
        <translation>当前（12 个月）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="54"/>
        <source>Whitespace</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="55"/>
        <source>Share of wallet</source>
        <translation>钱包份额</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="63"/>
        <source>Double-click an account to open it.</source>
        <translation>双击客户即可打开。</translation>
    </message>
</context>
<context>
    <name>ActualForm</name>
    <message>
        <location filename="../../ui/plan_forms.py" line="170"/>
        <source>Enter actual</source>
        <translation>录入实际</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="172"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="173"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="174"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <location filename="../../ui/register.py" line="153"/>
        <source>Add register item</source>
        <translation>新增保密资料</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="154"/>
        <source>Edit register item {0}</source>
        <translation>编辑保密资料 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="164"/>
        <source>(nobody named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="178"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="178"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="179"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="179"/>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="180"/>
        <source>Customer owner</source>
        <translation>客户方负责人</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="181"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="182"/>
        <source>NDA / contract</source>
        <translation>保密协议 / 合同</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="183"/>
        <source>Return due</source>
        <translation>应归还日期</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="184"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="185"/>
        <source>Storage location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="186"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="197"/>
        <source>Content (title, description, location, notes) is stored encrypted.</source>
        <translation>内容（标题、说明、存放位置、备注）加密保存。</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="159"/>
        <source>Assign transactions to a business unit</source>
        <translation>将交易分配给业务单元</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="162"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="163"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="164"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="165"/>
        <source>Business unit</source>
        <translation>业务单元</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="170"/>
        <source>Show earlier transactions too</source>
        <translation>同时显示更早的交易</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="171"/>
        <source>Also list the transactions before the last 12 months. The map counts only the last 12 months; the unit you give an older one is kept.</source>
        <translation>同时列出过去 12 个月之前的交易。地图只统计过去 12 个月；为较早交易指定的业务单元会被保留。</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="175"/>
        <source>— no unit (counted by the unit that takes the rest)</source>
        <translation>— 无业务单元（计入承接其余交易的业务单元）</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="184"/>
        <source>Bought by</source>
        <translation>采购方</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="186"/>
        <source>Choose the transactions (Ctrl or Shift for several), then the unit that bought them.</source>
        <translation>选择交易（按住 Ctrl 或 Shift 可多选），再选择采购它们的业务单元。</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="221"/>
        <source>Choose at least one transaction.</source>
        <translation>请至少选择一笔交易。</translation>
    </message>
</context>
<context>
    <name>ChartAuthoring</name>
    <message>
        <location filename="../../ui/factions.py" line="119"/>
        <source>Factions &amp;&amp; influence</source>
        <translation>派系与影响</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="163"/>
        <source>New faction…</source>
        <translation>新建派系…</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="165"/>
        <source>Edit faction</source>
        <translation>编辑派系</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="165"/>
        <source>Delete faction</source>
        <translation>删除派系</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="172"/>
        <source>New influence line…</source>
        <translation>新建影响线…</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="182"/>
        <location filename="../../ui/factions.py" line="352"/>
        <source>Edit influence line</source>
        <translation>编辑影响线</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="182"/>
        <location filename="../../ui/factions.py" line="362"/>
        <source>Delete influence line</source>
        <translation>删除影响线</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="198"/>
        <source>New faction with the selected people…</source>
        <translation>用所选人员新建派系…</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="199"/>
        <source>Add to faction</source>
        <translation>加入派系</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="203"/>
        <source>Remove from faction</source>
        <translation>移出派系</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="204"/>
        <source>Make leader of</source>
        <translation>设为派系领袖</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="213"/>
        <source>Draw influence line from here…</source>
        <translation>从此人画影响线…</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="220"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="263"/>
        <source>New faction %1</source>
        <translation>新建派系 %1</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="278"/>
        <source>Edit faction %1</source>
        <translation>编辑派系 %1</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="288"/>
        <source>Delete faction %1</source>
        <translation>删除派系 %1</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="293"/>
        <source>Add to faction %1</source>
        <translation>加入派系 %1</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="298"/>
        <source>Remove from faction %1</source>
        <translation>移出派系 %1</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="302"/>
        <source>Leader of faction %1</source>
        <translation>派系 %1 的领袖</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="325"/>
        <source>New influence line</source>
        <translation>新建影响线</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="267"/>
        <source>Check, then import</source>
        <translation>检查，然后导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="268"/>
        <source>Nothing is written until you press Import, and then everything or nothing.</source>
        <translation>按“导入”之前不会写入任何内容；导入时要么全部写入，要么全部不写。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="270"/>
        <source>Skip it</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="271"/>
        <source>Update it from the file</source>
        <translation>用文件中的内容更新</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="272"/>
        <source>Merge: fill only its empty fields</source>
        <translation>合并：只填写空白字段</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="273"/>
        <source>Leave out the rows in error and import the rest</source>
        <translation>跳过有错误的行，导入其余行</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="277"/>
        <source>Already there</source>
        <translation>已存在的记录</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="310"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="317"/>
        <source>Importing… %1 rows read</source>
        <translation>正在导入…已读取 %1 行</translation>
    </message>
</context>
<context>
    <name>CloseItemDialog</name>
    <message>
        <location filename="../../ui/register.py" line="260"/>
        <source>Mark {0} returned</source>
        <translation>将 {0} 标记为已归还</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="260"/>
        <source>Mark {0} destroyed</source>
        <translation>将 {0} 标记为已销毁</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="266"/>
        <source>Returned on</source>
        <translation>归还日期</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="266"/>
        <source>Destroyed on</source>
        <translation>销毁日期</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="271"/>
        <source>You are recorded in the audit trail as the one who did it.</source>
        <translation>审计记录会记下操作人是您。</translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <location filename="../../ui/plan_forms.py" line="133"/>
        <source>Commitment</source>
        <translation>服务承诺</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="133"/>
        <source>Add a commitment</source>
        <translation>添加服务承诺</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="134"/>
        <source>We commit to</source>
        <translation>我方承诺</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="135"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="135"/>
        <source>(nobody yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="137"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="138"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="140"/>
        <source>Evidence</source>
        <translation>佐证</translation>
    </message>
</context>
<context>
    <name>CompetitorForm</name>
    <message>
        <location filename="../../ui/competitors.py" line="35"/>
        <source>Competitor %1</source>
        <translation>竞争对手 %1</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="36"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="37"/>
        <source>Products used</source>
        <translation>所用产品</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="38"/>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="39"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="40"/>
        <source>Estimated share (%)</source>
        <translation>估计份额（%）</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="41"/>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="42"/>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="43"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CompetitorsSection</name>
    <message>
        <location filename="../../ui/competitors.py" line="83"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="84"/>
        <source>Products used</source>
        <translation>所用产品</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="85"/>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="86"/>
        <source>Est. share</source>
        <translation>估计份额</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="87"/>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="88"/>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="91"/>
        <source>Add competitor…</source>
        <translation>添加竞争对手…</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="91"/>
        <location filename="../../ui/competitors.py" line="93"/>
        <source>Edit competitor…</source>
        <translation>编辑竞争对手…</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="92"/>
        <location filename="../../ui/competitors.py" line="93"/>
        <source>Remove competitor</source>
        <translation>删除竞争对手</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="94"/>
        <source>No competitor recorded yet. Note who else sells to this customer — what they supply, how satisfied the customer is, their reps here — starting with “Add competitor…”.</source>
        <translation>尚未记录竞争对手。记下还有谁在向这家客户供货——供应什么、客户满意度如何、他们在这里的销售——从“添加竞争对手…”开始。</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="102"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="103"/>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="104"/>
        <source>Close to</source>
        <translation>关系密切的人</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="106"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="111"/>
        <source>Add rep…</source>
        <translation>添加销售代表…</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="112"/>
        <source>Edit rep…</source>
        <translation>编辑销售代表…</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="113"/>
        <source>Remove rep</source>
        <translation>删除销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="114"/>
        <source>Their reps at this account</source>
        <translation>对方在此客户的销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="120"/>
        <source>Customer&apos;s person</source>
        <translation>客户人员</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="121"/>
        <source>How close</source>
        <translation>亲疏程度</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="122"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="127"/>
        <source>Add relation…</source>
        <translation>添加关系…</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="128"/>
        <source>Edit relation…</source>
        <translation>编辑关系…</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="129"/>
        <source>Remove relation</source>
        <translation>删除关系</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="130"/>
        <source>The rep&apos;s relations with the customer&apos;s people</source>
        <translation>该销售代表与客户人员的关系</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="192"/>
        <source>Select a competitor above to see and add its sales reps here.</source>
        <translation>在上方选择一个竞争对手，即可在此查看和添加其销售代表。</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="194"/>
        <source>No rep of %1 recorded yet. Add who sells for them at this account with “Add rep…”.</source>
        <translation>尚未记录 %1 的销售代表。用“添加销售代表…”添加他们在此客户的销售人员。</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="205"/>
        <source>Select a rep to see whom of the customer&apos;s people they are close to.</source>
        <translation>选择一位销售代表，查看其与客户哪些人员关系密切。</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="207"/>
        <source>No relation of %1 recorded yet. Note whom of the customer&apos;s people they are close to with “Add relation…”.</source>
        <translation>尚未记录 %1 的关系。用“添加关系…”记下其与客户哪些人员关系密切。</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="224"/>
        <location filename="../../ui/competitors.py" line="243"/>
        <source>Add competitor</source>
        <translation>添加竞争对手</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="224"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="264"/>
        <source>Edit competitor %1</source>
        <translation>编辑竞争对手 %1</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="282"/>
        <source>Remove competitor %1</source>
        <translation>删除竞争对手 %1</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="306"/>
        <source>Add rep %1</source>
        <translation>添加销售代表 %1</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="330"/>
        <source>Edit rep %1</source>
        <translation>编辑销售代表 %1</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="347"/>
        <source>Remove rep %1</source>
        <translation>删除销售代表 %1</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="378"/>
        <source>Everyone of the customer&apos;s people already has a relation with %1; add people to the account first.</source>
        <translation>客户的所有人员都已与 %1 有关系记录；请先为此客户添加人员。</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="384"/>
        <location filename="../../ui/competitors.py" line="400"/>
        <source>Relation of %1</source>
        <translation>%1 的关系</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="411"/>
        <source>Remove relation of %1</source>
        <translation>删除 %1 的关系</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="28"/>
        <source>Someone else changed this record</source>
        <translation>其他人已修改此记录</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="33"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="33"/>
        <source>Yours</source>
        <translation>您的修改</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="33"/>
        <source>Saved by someone else</source>
        <translation>他人已保存的内容</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="41"/>
        <source>Merge keeps every change that does not collide; where both of you changed a field, the saved value stays and yours is listed here.</source>
        <translation>合并会保留所有互不冲突的修改；双方都修改了的字段保留已保存的内容，您的修改列在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="43"/>
        <source>Your changes and theirs touch different fields: merging keeps both.</source>
        <translation>您和对方修改的是不同字段：合并将保留双方的修改。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="46"/>
        <source>Reload (drop mine)</source>
        <translation>重新加载（放弃我的修改）</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="46"/>
        <source>Overwrite with mine</source>
        <translation>用我的修改覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="47"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/sync.py" line="364"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="366"/>
        <source>The same thing was changed on this laptop and on the server. Choose which value stays; nothing is overwritten until you do.</source>
        <translation>同一内容在这台笔记本和服务器上都被修改了。请选择保留哪个值；在您决定之前，什么都不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="370"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="370"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="370"/>
        <source>On this laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="371"/>
        <source>On the server</source>
        <translation>服务器上</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="377"/>
        <source>No conflicts: everything is in step with the server.</source>
        <translation>没有冲突：一切都与服务器一致。</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="378"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="379"/>
        <source>Take theirs</source>
        <translation>采用服务器的</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="419"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="419"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="419"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="420"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="420"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="420"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="421"/>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="421"/>
        <source>Complaint or feedback</source>
        <translation>投诉或反馈</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="422"/>
        <source>Faction</source>
        <translation>派系</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="422"/>
        <source>Decision step</source>
        <translation>决策步骤</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="423"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="424"/>
        <source>Review</source>
        <translation>回顾</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="424"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="425"/>
        <source>Business unit</source>
        <translation>业务单元</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="425"/>
        <source>Whitespace cell</source>
        <translation>空白单元格</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="426"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="429"/>
        <source>%1 (refused by the server)</source>
        <translation>%1（被服务器拒绝）</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="431"/>
        <source>%1 (deleted on the server)</source>
        <translation>%1（已在服务器上删除）</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="435"/>
        <source>the whole record</source>
        <translation>整条记录</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/sync.py" line="306"/>
        <source>Connect to team server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="317"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="318"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="319"/>
        <source>This database is bound to the server: your accounts go up, the accounts the server shares with you come down, and both stay in step from then on.</source>
        <translation>此数据库将绑定到服务器：您的客户上传，服务器与您共享的客户下载，此后双方保持同步。</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="323"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="340"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>ContentDialog</name>
    <message>
        <location filename="../../ui/register.py" line="100"/>
        <source>Register item {0}</source>
        <translation>保密资料 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="101"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="101"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="102"/>
        <source>Storage location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="102"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="108"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="109"/>
        <source>Copied register content is cleared from the clipboard after {0} s</source>
        <translation>复制的保密内容将在 {0} 秒后从剪贴板清除</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="119"/>
        <source>This opening is recorded in the audit trail.</source>
        <translation>本次查看已记入审计日志。</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <location filename="../../ui/projects.py" line="133"/>
        <source>Decision criteria</source>
        <translation>决策标准</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="137"/>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="137"/>
        <source>Weight %</source>
        <translation>权重 %</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="137"/>
        <source>Our score</source>
        <translation>我方得分</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="145"/>
        <source>Add criterion</source>
        <translation>添加标准</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="145"/>
        <source>Remove criterion</source>
        <translation>删除标准</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="154"/>
        <source>Scores: 1 (weak) to 5 (strong); — not scored. Competitors are added on the Competitors page.</source>
        <translation>得分：1（弱）到 5（强）；— 表示未评分。竞争对手在“竞争对手”页添加。</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="213"/>
        <source>Total: %1 %</source>
        <translation>合计：%1 %</translation>
    </message>
</context>
<context>
    <name>FactionForm</name>
    <message>
        <location filename="../../ui/factions.py" line="51"/>
        <source>Faction</source>
        <translation>派系</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="51"/>
        <source>New faction</source>
        <translation>新建派系</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="52"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="53"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="54"/>
        <source>Leader</source>
        <translation>领袖</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="55"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="57"/>
        <location filename="../../ui/factions.py" line="67"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location filename="../../ui/feedback_forms.py" line="20"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="20"/>
        <source>New feedback</source>
        <translation>新建反馈</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="22"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="22"/>
        <source>e.g. noise from the prototype</source>
        <translation>例如：样机有异响</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="23"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="25"/>
        <source>What the customer said</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="26"/>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="29"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="31"/>
        <source>Route to</source>
        <translation>转交部门</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="33"/>
        <source>First responder</source>
        <translation>第一责任人</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="35"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="36"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="36"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="36"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="37"/>
        <source>Answer within (hours)</source>
        <translation>答复时限（小时）</translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <location filename="../../ui/sections.py" line="467"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="468"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="469"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="470"/>
        <source>Routed to</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="471"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="472"/>
        <source>Responded</source>
        <translation>已响应</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="473"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="474"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="477"/>
        <source>New feedback…</source>
        <translation>新建反馈…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="477"/>
        <location filename="../../ui/sections.py" line="480"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="478"/>
        <location filename="../../ui/sections.py" line="480"/>
        <location filename="../../ui/sections.py" line="585"/>
        <source>Mark responded</source>
        <translation>标记为已响应</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="478"/>
        <location filename="../../ui/sections.py" line="480"/>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="479"/>
        <location filename="../../ui/sections.py" line="480"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="481"/>
        <source>No complaint or feedback yet. Record what the customer raises — a complaint, a suggestion, product feedback — with “New feedback…”, and follow it to its answer.</source>
        <translation>尚无投诉或反馈。用“新建反馈…”记录客户提出的问题——投诉、建议、产品反馈——并跟进到答复为止。</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="525"/>
        <source>New feedback</source>
        <translation>新建反馈</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="548"/>
        <source>Edit feedback</source>
        <translation>编辑反馈</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="565"/>
        <source>Delete feedback</source>
        <translation>删除反馈</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="595"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="135"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="136"/>
        <source>A CRM export (Salesforce, Odoo, HubSpot), a contact list in Excel, the ERP&apos;s transactions, vCards from a phone or Outlook, or a kam dossier.</source>
        <translation>CRM 导出文件（Salesforce、Odoo、HubSpot）、Excel 联系人表、ERP 交易记录、手机或 Outlook 的 vCard，或 kam 客户档案。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="139"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="149"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="154"/>
        <source>the first sheet</source>
        <translation>第一个工作表</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="156"/>
        <source>(only as named in the file)</source>
        <translation>（仅按文件中的名称）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="166"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="167"/>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="168"/>
        <source>Text encoding</source>
        <translation>文字编码</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="169"/>
        <source>Excel sheet</source>
        <translation>Excel 工作表</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="170"/>
        <source>Account for rows that name none</source>
        <translation>未注明客户的行归入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="175"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="176"/>
        <source>Importable files (*.csv *.txt *.xlsx *.vcf *.json);;All files (*)</source>
        <translation>可导入的文件 (*.csv *.txt *.xlsx *.vcf *.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/forms.py" line="78"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="48"/>
        <source>Recognise from the file</source>
        <translation>根据文件识别</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="49"/>
        <source>Accounts (CSV / Excel)</source>
        <translation>客户（CSV / Excel）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="50"/>
        <source>People (CSV / Excel)</source>
        <translation>人员（CSV / Excel）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="51"/>
        <source>Transactions from the ERP (CSV / Excel)</source>
        <translation>ERP 交易记录（CSV / Excel）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="52"/>
        <source>vCards (.vcf)</source>
        <translation>vCard 名片 (.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="53"/>
        <source>A kam dossier (.json)</source>
        <translation>kam 客户档案 (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="60"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="62"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="64"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="64"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="64"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="65"/>
        <source>Name in Latin letters (pinyin)</source>
        <translation>拼音 / 英文名</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="65"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="65"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>Company (account)</source>
        <translation>公司（客户）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67"/>
        <source>Company id (CRM)</source>
        <translation>公司编号（CRM）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67"/>
        <source>Reports to (name)</source>
        <translation>直属上级（姓名）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="68"/>
        <source>Reports to (CRM id)</source>
        <translation>直属上级（CRM 编号）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="68"/>
        <source>Id in the CRM</source>
        <translation>CRM 编号</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="68"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Region / city</source>
        <translation>地区 / 城市</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Account owner (user)</source>
        <translation>客户经理（用户）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>Group parent (company name)</source>
        <translation>所属集团（公司名称）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="74"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="74"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="74"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="75"/>
        <source>Financial cost</source>
        <translation>财务成本</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="75"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="76"/>
        <source>Document number</source>
        <translation>单据号</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="88"/>
        <location filename="../../ui/import_wizard.py" line="95"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="337"/>
        <source>Would import %1 with %2 rows.</source>
        <translation>将导入 %1，共 %2 行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="337"/>
        <source>Imported %1 with %2 rows.</source>
        <translation>已导入 %1，共 %2 行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="339"/>
        <source>User %1 is not in this database: added, inactive.</source>
        <translation>用户 %1 不在本数据库中：已添加（停用状态）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="342"/>
        <source>Would create %1 and update %2 from %3 rows.</source>
        <translation>将从 %3 行中新建 %1 条、更新 %2 条。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="343"/>
        <source>Created %1 and updated %2 from %3 rows.</source>
        <translation>已从 %3 行中新建 %1 条、更新 %2 条。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="346"/>
        <source>%1 already there, skipped.</source>
        <translation>%1 条已存在，已跳过。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="348"/>
        <source>Columns left out: %1</source>
        <translation>未导入的列：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="351"/>
        <source>Rows in error, left out:</source>
        <translation>有错误、未导入的行：</translation>
    </message>
</context>
<context>
    <name>InfluenceForm</name>
    <message>
        <location filename="../../ui/factions.py" line="90"/>
        <source>Influence line</source>
        <translation>影响线</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="90"/>
        <source>New influence line</source>
        <translation>新建影响线</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="92"/>
        <source>Who influences</source>
        <translation>影响者</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="93"/>
        <source>Whom</source>
        <translation>被影响者</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="97"/>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="98"/>
        <source>1 — weak</source>
        <translation>1 — 弱</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="98"/>
        <source>2 — medium</source>
        <translation>2 — 中</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="98"/>
        <source>3 — strong</source>
        <translation>3 — 强</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="100"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="100"/>
        <source>(not said)</source>
        <translation>（未说明）</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="103"/>
        <source>Why (e.g. former colleagues, same hometown)</source>
        <translation>原因（如老同事、同乡）</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="139"/>
        <source>Edit product line</source>
        <translation>编辑产品线</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="139"/>
        <source>Add product line</source>
        <translation>添加产品线</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="140"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="141"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="142"/>
        <source>Chinese name (Simplified)</source>
        <translation>中文名称（简体）</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="143"/>
        <source>Chinese name (Traditional)</source>
        <translation>中文名称（繁体）</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="146"/>
        <source>Delete line</source>
        <translation>删除产品线</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>Search accounts: Chinese, English or pinyin…</source>
        <translation>搜索客户：中文、英文或拼音…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>&amp;New account…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>Log a &amp;visit…</source>
        <translation>记录拜访(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>&amp;Print / export…</source>
        <translation>打印 / 导出(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>&amp;Trash…</source>
        <translation>回收站(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <location filename="../../ui/main_window.py" line="746"/>
        <source>Move account to trash</source>
        <translation>将客户移入回收站</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>&amp;Portfolio (sales VP)</source>
        <translation>客户组合（销售副总）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>&amp;Value scoring…</source>
        <translation>客户价值评分(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>Register &amp;attachment limit…</source>
        <translation>保密资料附件大小上限(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441"/>
        <source>All &amp;accounts (CSV / Excel)…</source>
        <translation>全部客户(&amp;A)（CSV / Excel）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442"/>
        <source>&amp;People of this account (CSV / Excel)…</source>
        <translation>本客户的人员(&amp;P)（CSV / Excel）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443"/>
        <source>&amp;Transactions of this account (CSV / Excel)…</source>
        <translation>本客户的交易(&amp;T)（CSV / Excel）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>People of this account as &amp;vCards…</source>
        <translation>本客户的人员导出为 vCard(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445"/>
        <source>Planned visits and birthdays to the &amp;calendar (ICS)…</source>
        <translation>计划拜访和生日导出到日历(&amp;C)（ICS）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>This account&apos;s &amp;dossier (JSON, without confidential parts)…</source>
        <translation>本客户档案(&amp;D)（JSON，不含保密内容）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>This account&apos;s dossier with confidential parts…</source>
        <translation>本客户档案（含保密内容）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>&amp;Connect to team server…</source>
        <translation>连接团队服务器(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>Sync con&amp;flicts…</source>
        <translation>同步冲突(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>Org chart &amp;&amp; decision process</source>
        <translation>组织结构与决策流程</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Complaints &amp;&amp; feedback</source>
        <translation>投诉与反馈</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>IP register</source>
        <translation>保密资料登记</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>Plan &amp;&amp; reviews</source>
        <translation>计划与回顾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>Whitespace</source>
        <translation>空白地图</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="564"/>
        <source>Recommended strategy</source>
        <translation>建议策略</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="566"/>
        <source>Tier moves</source>
        <translation>等级变化</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="669"/>
        <source>Only a sales VP or an administrator changes this setting of a database shared by several users</source>
        <translation>只有销售副总或管理员可以更改多人共用数据库的这项设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="711"/>
        <location filename="../../ui/main_window.py" line="735"/>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="711"/>
        <source>Name (Chinese or English)</source>
        <translation>名称（中文或英文）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="756"/>
        <location filename="../../ui/main_window.py" line="758"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="756"/>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="758"/>
        <location filename="../../ui/main_window.py" line="777"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="785"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="801"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="813"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="826"/>
        <source>Choose an account first.</source>
        <translation>请先选择一个客户。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="837"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="834"/>
        <source>Unlock the IP register first (IP register section): its content is part of the export.</source>
        <translation>请先解锁保密资料登记（在“保密资料”页）：导出内容包括它。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="842"/>
        <source>Export with confidential parts</source>
        <translation>导出保密内容</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="843"/>
        <source>The file will hold the IP register in clear and the sensitive personal fields. Why is it needed? (recorded)</source>
        <translation>文件将以明文包含保密资料登记和敏感个人信息。为什么需要？（将被记录）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="857"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="866"/>
        <location filename="../../ui/main_window.py" line="874"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="875"/>
        <source>Replace the current database with this backup? The current one is kept in the backups folder.</source>
        <translation>用此备份替换当前数据库？当前数据库将保留在备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="901"/>
        <source>%1 is in the trash now (File › Trash… restores it).</source>
        <translation>%1 已在回收站中（文件 › 回收站… 可恢复）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="940"/>
        <source>Register attachments</source>
        <translation>保密资料附件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="941"/>
        <source>Largest file a register item may hold (MiB):</source>
        <translation>每项保密资料可附文件的最大大小（MiB）：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="948"/>
        <source>Attachment limit %1 MiB</source>
        <translation>附件上限 %1 MiB</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="995"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1028"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1029"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1030"/>
        <source>Register item</source>
        <translation>保密资料</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1031"/>
        <source>current value</source>
        <translation>当前价值</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1032"/>
        <source>potential value</source>
        <translation>潜在价值</translation>
    </message>
</context>
<context>
    <name>ObjectiveForm</name>
    <message>
        <location filename="../../ui/plan_forms.py" line="36"/>
        <location filename="../../ui/plan_forms.py" line="40"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="36"/>
        <source>Add an objective</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="42"/>
        <source>A custom objective…</source>
        <translation>自定义目标…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="45"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="46"/>
        <source>e.g. Mould trials run</source>
        <translation>例如：试模次数</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="47"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="48"/>
        <source>entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="49"/>
        <source>derived like: %1</source>
        <translation>自动计算，同：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="56"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="57"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="58"/>
        <source>only this product&apos;s transactions count (optional)</source>
        <translation>只计该产品的交易（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="59"/>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="71"/>
        <source>Split evenly</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="74"/>
        <source>Q1 – Q4</source>
        <translation>Q1 – Q4</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="91"/>
        <source>entered by hand each quarter</source>
        <translation>每季度手工录入</translation>
    </message>
</context>
<context>
    <name>ObjectivesModel</name>
    <message>
        <location filename="../../ui/models/plan.py" line="49"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="49"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="49"/>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="50"/>
        <source>Actual to date</source>
        <translation>截至目前实际</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="51"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="51"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="83"/>
        <source>Q1–Q4 must add up to the annual target</source>
        <translation>Q1–Q4 之和必须等于年度目标</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="111"/>
        <source>Change objective</source>
        <translation>修改目标</translation>
    </message>
</context>
<context>
    <name>OrgChartWidget</name>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="240"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="245"/>
        <source>Find a person…</source>
        <translation>查找人员…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="249"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="249"/>
        <source>Decision-makers only</source>
        <translation>仅决策者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="250"/>
        <source>Opposers and neutrals</source>
        <translation>反对者与中立者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="251"/>
        <source>No coverage owner</source>
        <translation>无人负责</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="255"/>
        <source>Compare with</source>
        <translation>对比日期</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="262"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="216"/>
        <source>Decision process:</source>
        <translation>决策流程：</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="252"/>
        <source>No contact for %1 days</source>
        <translation>%1 天未联系</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="269"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="314"/>
        <source>Nobody at this account yet. The org chart shows the customer&apos;s people: who reports to whom, their stance toward us, their buying roles, factions and informal influence.</source>
        <translation>此客户还没有任何人员。组织结构图展示客户的人员：汇报关系、对我们的态度、采购角色、派系和非正式影响。</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="319"/>
        <source>Add the first person…</source>
        <translation>添加第一位人员…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="402"/>
        <source>Move %1 in the org chart</source>
        <translation>在组织结构图中移动%1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="422"/>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="446"/>
        <source>Moved since %1</source>
        <translation>自 %1 以来的变化</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="506"/>
        <source>Export org chart</source>
        <translation>导出组织结构图</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="516"/>
        <source>The org chart was not exported: %1</source>
        <translation>组织结构图未导出：%1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="536"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="537"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="538"/>
        <source>not approved yet</source>
        <translation>尚未批准</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="539"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="540"/>
        <source>Criterion</source>
        <translation>决策标准</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="541"/>
        <source>Decision due</source>
        <translation>决策日期</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="542"/>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="543"/>
        <source>Power map</source>
        <translation>权力地图</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="544"/>
        <source>Power map of this project</source>
        <translation>本项目的权力地图</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="545"/>
        <source>Reporting cycle in the data (shown broken):</source>
        <translation>数据中存在汇报关系循环（已断开显示）：</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="546"/>
        <source>Us</source>
        <translation>我方</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="547"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>OverrideForm</name>
    <message>
        <location filename="../../ui/plan_forms.py" line="185"/>
        <source>Override rating</source>
        <translation>调整评级</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="186"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="187"/>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="188"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../ui/sections.py" line="304"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="305"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="306"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="307"/>
        <source>Stance</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="308"/>
        <source>Buying roles</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="309"/>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="310"/>
        <source>Our contact</source>
        <translation>我方对接人</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="311"/>
        <source>Factions</source>
        <translation>派系</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="315"/>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="315"/>
        <location filename="../../ui/sections.py" line="317"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="316"/>
        <location filename="../../ui/sections.py" line="317"/>
        <location filename="../../ui/sections.py" line="374"/>
        <source>Move to trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="318"/>
        <source>No one from the customer yet. Add the people you deal with — buyers, engineers, managers, the boss — with “Add person…”, or import a list (File › Import…).</source>
        <translation>尚无客户人员。用“添加人员…”添加您打交道的人——采购、工程师、经理、老板——或导入名单（文件 › 导入…）。</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="331"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="331"/>
        <source>Name (in its own script)</source>
        <translation>姓名（原文）</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="348"/>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="365"/>
        <source>%1 is in the trash now (File › Trash… restores it).</source>
        <translation>%1 已在回收站中（文件 › 回收站… 可恢复）。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/person_dialog.py" line="126"/>
        <location filename="../../ui/person_dialog.py" line="150"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="94"/>
        <source>Position and stance</source>
        <translation>职位与态度</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="168"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="95"/>
        <source>Personal profile</source>
        <translation>个人档案</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="103"/>
        <source>Export personal data…</source>
        <translation>导出个人数据…</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="105"/>
        <source>Erase personal data…</source>
        <translation>删除个人数据…</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="157"/>
        <source>%1 (not on the account team)</source>
        <translation>%1（不在客户团队中）</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="168"/>
        <source>year unknown</source>
        <translation>年份不详</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="286"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="312"/>
        <source>Export personal data</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="324"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="332"/>
        <source>Erase personal data</source>
        <translation>删除个人数据</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="333"/>
        <source>Erase every personal detail and the stance history of this person? This cannot be undone; an anonymous placeholder keeps the org chart whole.</source>
        <translation>删除此人的全部个人信息和态度历史？此操作无法撤销；组织结构图中将保留一个匿名占位。</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="345"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="142"/>
        <source>No objectives yet: add sales, gross profit, visits… from the catalogue, or a custom one, with “Add objective…”.</source>
        <translation>尚无目标：用“添加目标…”从指标目录添加销售额、毛利、拜访次数……，或添加自定义目标。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="145"/>
        <source>Add objective…</source>
        <translation>添加目标…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="146"/>
        <location filename="../../ui/plan_editor.py" line="162"/>
        <location filename="../../ui/plan_editor.py" line="178"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="147"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="148"/>
        <location filename="../../ui/plan_editor.py" line="164"/>
        <location filename="../../ui/plan_editor.py" line="180"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="149"/>
        <location filename="../../ui/plan_editor.py" line="165"/>
        <location filename="../../ui/plan_editor.py" line="181"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="150"/>
        <source>Enter actual…</source>
        <translation>录入实际…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="151"/>
        <location filename="../../ui/plan_editor.py" line="206"/>
        <location filename="../../ui/plan_editor.py" line="459"/>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="153"/>
        <source>We commit to</source>
        <translation>我方承诺</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="153"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="153"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="154"/>
        <location filename="../../ui/plan_editor.py" line="170"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="154"/>
        <source>Evidence</source>
        <translation>佐证</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="158"/>
        <source>No commitments yet: the services we commit to this year, each with its owner from the account team and a due date.</source>
        <translation>尚无服务承诺：填写今年我方承诺的服务，每项都有客户团队中的负责人和截止日期。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="161"/>
        <source>Add commitment…</source>
        <translation>添加服务承诺…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="163"/>
        <location filename="../../ui/plan_editor.py" line="179"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="167"/>
        <location filename="../../ui/plan_editor.py" line="206"/>
        <location filename="../../ui/plan_editor.py" line="460"/>
        <source>Services we commit to</source>
        <translation>服务承诺</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="169"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="169"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="169"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="169"/>
        <source>Concrete task</source>
        <translation>具体任务</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="170"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="174"/>
        <source>No resources needed yet: an executive, the technical department, an outside expert — who, for what, by when.</source>
        <translation>尚无所需资源：高层、技术部门、外部专家——由谁、为何、何时完成。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="177"/>
        <source>Add resource…</source>
        <translation>添加资源…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="182"/>
        <location filename="../../ui/plan_editor.py" line="206"/>
        <location filename="../../ui/plan_editor.py" line="461"/>
        <source>Resources needed</source>
        <translation>所需资源</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="282"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="317"/>
        <source>Add objective</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="326"/>
        <source>Change objective</source>
        <translation>修改目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="335"/>
        <source>Remove objective</source>
        <translation>移除目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="349"/>
        <source>Move objective</source>
        <translation>移动目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="362"/>
        <source>Enter actual</source>
        <translation>录入实际</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="376"/>
        <source>Add commitment</source>
        <translation>添加服务承诺</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="390"/>
        <source>Change commitment</source>
        <translation>修改服务承诺</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="395"/>
        <location filename="../../ui/plan_editor.py" line="446"/>
        <source>Record progress</source>
        <translation>记录进展</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="405"/>
        <source>Delete commitment</source>
        <translation>删除服务承诺</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="420"/>
        <source>Move commitment</source>
        <translation>移动服务承诺</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="420"/>
        <source>Move resource</source>
        <translation>移动资源</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="430"/>
        <source>Add resource</source>
        <translation>添加资源</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="441"/>
        <source>Change resource</source>
        <translation>修改资源</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="455"/>
        <source>Delete resource</source>
        <translation>删除资源</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/planning.py" line="59"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="62"/>
        <location filename="../../ui/planning.py" line="289"/>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="62"/>
        <location filename="../../ui/planning.py" line="295"/>
        <source>Plan next year</source>
        <translation>制定明年计划</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="63"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="63"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="64"/>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="64"/>
        <location filename="../../ui/planning.py" line="302"/>
        <source>Revise</source>
        <translation>修订</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="65"/>
        <source>Compare versions</source>
        <translation>版本对比</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="90"/>
        <source>The KAM&apos;s commentary</source>
        <translation>客户经理说明</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="91"/>
        <source>The sales VP&apos;s comments</source>
        <translation>销售副总意见</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="95"/>
        <source>Quarterly review</source>
        <translation>季度回顾</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="98"/>
        <location filename="../../ui/planning.py" line="348"/>
        <source>Open review</source>
        <translation>打开回顾</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="98"/>
        <source>Override rating…</source>
        <translation>调整评级…</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="99"/>
        <location filename="../../ui/planning.py" line="375"/>
        <source>Save comments</source>
        <translation>保存意见</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="99"/>
        <source>Sign off</source>
        <translation>签署确认</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="100"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="149"/>
        <source>No plan for this year</source>
        <translation>本年度尚无计划</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="73"/>
        <source>Objectives vs actuals (% of target to date)</source>
        <translation>目标与实际（占截至目前目标的 %）</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="223"/>
        <source>Signed off by %1 on %2</source>
        <translation>%1 于 %2 签署确认</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="315"/>
        <source>Return the plan</source>
        <translation>退回计划</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="315"/>
        <source>What should change?</source>
        <translation>需要修改什么？</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="321"/>
        <source>No differences</source>
        <translation>没有差异</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="322"/>
        <source>Changes since the previous version</source>
        <translation>与上一版本相比的变化</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="352"/>
        <source>open the quarter&apos;s review first</source>
        <translation>请先打开本季度的回顾</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="385"/>
        <source>Reopen the review</source>
        <translation>重新打开回顾</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="385"/>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="401"/>
        <source>Share of wallet</source>
        <translation>钱包份额</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="402"/>
        <source>our sales</source>
        <translation>我方销售额</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="403"/>
        <source>their category purchases</source>
        <translation>客户品类采购总额</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="359"/>
        <source>select an objective in the review first</source>
        <translation>请先在回顾中选择一个目标</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="188"/>
        <source>%1: the month in brief</source>
        <translation>%1动态</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="364"/>
        <source>Override rating</source>
        <translation>调整评级</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="390"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="395"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="396"/>
        <source>Open feedback</source>
        <translation>未结反馈</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="397"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="398"/>
        <source>Stance moves</source>
        <translation>态度变化</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="399"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="400"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <location filename="../../ui/portfolio.py" line="126"/>
        <source>KAM</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="126"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="127"/>
        <source>Attainment %</source>
        <translation>达成率 %</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="128"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="129"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="130"/>
        <source>Per account</source>
        <translation>每客户</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="131"/>
        <source>Response h</source>
        <translation>响应小时</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="132"/>
        <source>Resolution h</source>
        <translation>解决小时</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="133"/>
        <source>On time %</source>
        <translation>及时率 %</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="134"/>
        <source>Visit cadence %</source>
        <translation>拜访达成 %</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="159"/>
        <source>Value matrix</source>
        <translation>客户价值矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="177"/>
        <location filename="../../ui/portfolio.py" line="248"/>
        <source>Potential value</source>
        <translation>潜在价值</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="178"/>
        <location filename="../../ui/portfolio.py" line="249"/>
        <source>Current value</source>
        <translation>当前价值</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="280"/>
        <source>Pareto: %1 customers (%2 %) bring 80 % of gross profit</source>
        <translation>二八分析：%1 家客户（%2%）贡献 80% 毛利</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="283"/>
        <source>Cumulative gross profit</source>
        <translation>累计毛利</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="296"/>
        <source>% of customers</source>
        <translation>客户占比 %</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="297"/>
        <source>% of gross profit</source>
        <translation>毛利占比 %</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../ui/portfolio.py" line="77"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="77"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="77"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="77"/>
        <source>On track</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="77"/>
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="78"/>
        <source>Power map</source>
        <translation>权力地图</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="78"/>
        <source>Sales 12 months</source>
        <translation>近 12 个月销售额</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="78"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="78"/>
        <source>Incl. subsidiaries</source>
        <translation>含子公司</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="91"/>
        <source>no plan</source>
        <translation>无计划</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="111"/>
        <source>Group total, with subsidiaries</source>
        <translation>集团合计（含子公司）</translation>
    </message>
</context>
<context>
    <name>PortfolioWindow</name>
    <message>
        <location filename="../../ui/portfolio.py" line="321"/>
        <source>Portfolio</source>
        <translation>客户组合</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="323"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="329"/>
        <source>Approve plan</source>
        <translation>批准计划</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="329"/>
        <source>Return plan…</source>
        <translation>退回计划…</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="333"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="335"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="358"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="363"/>
        <source>Value matrix</source>
        <translation>价值矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="364"/>
        <source>Pareto</source>
        <translation>二八分析</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="367"/>
        <source>Whitespace</source>
        <translation>空白地图</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="368"/>
        <source>KAM scorecards</source>
        <translation>客户经理考核</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="369"/>
        <source>Tier moves</source>
        <translation>等级变化</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="390"/>
        <source>● live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="391"/>
        <source>Refreshes by itself when a KAM submits a plan or changes a record</source>
        <translation>客户经理提交计划或修改记录时自动刷新</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="406"/>
        <source>● live — updated %1</source>
        <translation>● 实时 —— %1 已更新</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="442"/>
        <source>From %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="443"/>
        <source>Iron → Gold conversion</source>
        <translation>铁质 → 黄金 转化率</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="456"/>
        <source>select an account with a plan</source>
        <translation>请选择一个有计划的客户</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="462"/>
        <source>Return the plan</source>
        <translation>退回计划</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="462"/>
        <source>What should change?</source>
        <translation>需要修改什么？</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="467"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="26"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="28"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="36"/>
        <source>your kam user name (empty: your login name)</source>
        <translation>您的 kam 用户名（留空：登录名）</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="38"/>
        <source>empty: the per-user database</source>
        <translation>留空：个人数据库</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="40"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="41"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="42"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="43"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="46"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="50"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="52"/>
        <source>Lock the IP register after</source>
        <translation>保密资料登记自动锁定时间</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="53"/>
        <source>Clear copied register content after</source>
        <translation>复制的保密内容清除时间</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="54"/>
        <source>A new user or database takes effect at the next start.</source>
        <translation>更换用户或数据库将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="206"/>
        <source>Check how the file is read</source>
        <translation>检查文件的读取方式</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="220"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="222"/>
        <source>Recognised layout: %1</source>
        <translation>识别出的格式：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="224"/>
        <source>Text encoding: %1</source>
        <translation>文字编码：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="226"/>
        <source>Account: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="228"/>
        <source>%1 cards</source>
        <translation>%1 张名片</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="230"/>
        <source>Columns kam does not know (choose a field above them, or they are left out): %1</source>
        <translation>kam 不认识的列（在列上方选择字段，否则不导入）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="235"/>
        <source>The first row says which field each column fills.</source>
        <translation>第一行表示每一列填入哪个字段。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="245"/>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/print_dialog.py" line="68"/>
        <source>Print / export</source>
        <translation>打印 / 导出</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="70"/>
        <source>Executive visit brief</source>
        <translation>高层拜访简报</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="70"/>
        <source>Account plan</source>
        <translation>客户计划书</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="71"/>
        <source>Quarterly review pack</source>
        <translation>季度回顾资料</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="83"/>
        <source>Only this account&apos;s KAM&apos;s accounts</source>
        <translation>仅该客户经理负责的客户</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="94"/>
        <source>Include confidential content (IP register, personal details)</source>
        <translation>包含保密内容（保密资料登记、个人信息）</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="95"/>
        <source>For whom and why — printed on every page</source>
        <translation>为谁、为何打印——将印在每一页</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="100"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="101"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="102"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="103"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="104"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="106"/>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="108"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="109"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="111"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="113"/>
        <source>Open in viewer</source>
        <translation>在阅读器中打开</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_dialog.py" line="188"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="195"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="207"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <location filename="../../ui/projects.py" line="338"/>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="340"/>
        <source>Edit project…</source>
        <translation>编辑项目…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="342"/>
        <source>Criteria…</source>
        <translation>决策标准…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="344"/>
        <source>Roles…</source>
        <translation>项目角色…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="347"/>
        <source>Close project</source>
        <translation>关闭项目</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="350"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="351"/>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="353"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="355"/>
        <source>Delete project…</source>
        <translation>删除项目…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="362"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="362"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="362"/>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="362"/>
        <source>Actual</source>
        <translation>实际日期</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="363"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="363"/>
        <source>Actors</source>
        <translation>参与人</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="366"/>
        <source>Add step…</source>
        <translation>添加步骤…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="368"/>
        <source>Insert step…</source>
        <translation>插入步骤…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="370"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="372"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="374"/>
        <source>Edit step…</source>
        <translation>编辑步骤…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="376"/>
        <source>Delete step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="417"/>
        <source>No purchasing project yet. A project is a purchase the customer plans: its budget, its decision steps and who decides. Press “New project…” to add the first one.</source>
        <translation>还没有采购项目。采购项目是客户计划中的一次采购：预算、决策步骤以及由谁决策。点击“新建项目…”添加第一个项目。</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="421"/>
        <source>This project has no decision steps yet. Press “Add step…” to describe how the customer will decide.</source>
        <translation>此项目还没有决策步骤。点击“添加步骤…”描述客户将如何决策。</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="437"/>
        <source>Late</source>
        <translation>已延误</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="483"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="530"/>
        <source>New purchasing project</source>
        <translation>新建采购项目</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="548"/>
        <source>Edit project %1</source>
        <translation>编辑项目 %1</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="557"/>
        <source>Close project %1</source>
        <translation>关闭项目 %1</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="563"/>
        <source>Reopen project %1</source>
        <translation>重新打开项目 %1</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="569"/>
        <source>Delete project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="570"/>
        <source>Delete the project “%1” with its steps and criteria? Edit &gt; Undo brings it back.</source>
        <translation>删除项目“%1”及其步骤和决策标准？可用“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="576"/>
        <source>Delete project %1</source>
        <translation>删除项目 %1</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="584"/>
        <source>Decision criteria of %1</source>
        <translation>%1 的决策标准</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="593"/>
        <source>Roles in %1</source>
        <translation>%1 中的角色</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="609"/>
        <source>Add step %1</source>
        <translation>添加步骤 %1</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="626"/>
        <source>Edit step %1</source>
        <translation>编辑步骤 %1</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="643"/>
        <source>Move step %1</source>
        <translation>移动步骤 %1</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="655"/>
        <source>Delete step %1</source>
        <translation>删除步骤 %1</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../ui/projects.py" line="55"/>
        <source>Purchasing project</source>
        <translation>采购项目</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="55"/>
        <source>New purchasing project</source>
        <translation>新建采购项目</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="56"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="57"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="59"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="60"/>
        <source>The customer has approved this budget</source>
        <translation>客户已批准此预算</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="63"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="64"/>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="65"/>
        <source>Decision due</source>
        <translation>决策截止</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="66"/>
        <source>Problem to solve</source>
        <translation>要解决的问题</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="67"/>
        <source>Procurement plan</source>
        <translation>采购计划</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="68"/>
        <source>Our offer</source>
        <translation>我方方案</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="69"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RegisterSection</name>
    <message>
        <location filename="../../ui/register.py" line="307"/>
        <source>(locked)</source>
        <translation>（已锁定）</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="310"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="311"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="312"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="313"/>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="314"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="315"/>
        <source>NDA / contract</source>
        <translation>保密协议 / 合同</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="316"/>
        <source>Return due</source>
        <translation>应归还日期</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="318"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="319"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="327"/>
        <location filename="../../ui/register.py" line="338"/>
        <source>Open content…</source>
        <translation>查看内容…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="327"/>
        <source>Add item…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="328"/>
        <location filename="../../ui/register.py" line="338"/>
        <source>Edit item…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="329"/>
        <location filename="../../ui/register.py" line="338"/>
        <source>Mark returned…</source>
        <translation>标记已归还…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="330"/>
        <location filename="../../ui/register.py" line="339"/>
        <source>Mark destroyed…</source>
        <translation>标记已销毁…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="331"/>
        <location filename="../../ui/register.py" line="339"/>
        <source>Access list…</source>
        <translation>访问名单…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="332"/>
        <location filename="../../ui/register.py" line="339"/>
        <source>Move to trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="333"/>
        <location filename="../../ui/register.py" line="340"/>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="334"/>
        <location filename="../../ui/register.py" line="341"/>
        <location filename="../../ui/register.py" line="595"/>
        <location filename="../../ui/register.py" line="600"/>
        <source>Save attachment as…</source>
        <translation>附件另存为…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="335"/>
        <source>Change passphrase…</source>
        <translation>修改口令…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="336"/>
        <source>Drawings, specifications and formulas entrusted to us under NDA. Content is encrypted; every opening is recorded in the audit trail.</source>
        <translation>客户依保密协议交给我们的图纸、规格和配方。内容加密保存；每次查看都记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="342"/>
        <source>Nothing registered yet. When the customer entrusts us with a drawing, a specification or a formula, register it with “Add item…”: who holds it, under which NDA, when it goes back.</source>
        <translation>尚无登记。客户交给我们图纸、规格或配方时，用“新增…”登记：由谁保管、依据哪份保密协议、何时归还。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="362"/>
        <source>No register passphrase yet: choose one to add items.</source>
        <translation>尚未设置保密资料口令：设置后才能新增资料。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="363"/>
        <source>Choose passphrase…</source>
        <translation>设置口令…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="365"/>
        <source>Unlocked — locks itself after {0} min without use.</source>
        <translation>已解锁 —— 闲置 {0} 分钟后自动锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="367"/>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="369"/>
        <source>Locked: titles and content are hidden until you unlock the register.</source>
        <translation>已锁定：解锁前不显示标题和内容。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="370"/>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="393"/>
        <source>Register passphrase</source>
        <translation>保密资料口令</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="394"/>
        <source>Choose the register passphrase (at least 8 characters). It cannot be recovered if forgotten:</source>
        <translation>设置保密资料口令（至少 8 个字符）。忘记后无法找回：</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="406"/>
        <source>Unlock the register</source>
        <translation>解锁保密资料</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="406"/>
        <source>Register passphrase:</source>
        <translation>保密资料口令：</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="418"/>
        <location filename="../../ui/register.py" line="421"/>
        <location filename="../../ui/register.py" line="427"/>
        <source>Change passphrase</source>
        <translation>修改口令</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="418"/>
        <source>Current register passphrase:</source>
        <translation>当前保密资料口令：</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="421"/>
        <source>New register passphrase:</source>
        <translation>新的保密资料口令：</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="427"/>
        <source>The register passphrase was changed.</source>
        <translation>保密资料口令已修改。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="475"/>
        <source>Add register item</source>
        <translation>添加保密资料</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="503"/>
        <source>Edit register item</source>
        <translation>编辑保密资料</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="520"/>
        <source>Mark %1 returned</source>
        <translation>将 %1 标记为已归还</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="520"/>
        <source>Mark %1 destroyed</source>
        <translation>将 %1 标记为已销毁</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="540"/>
        <source>Access list of %1</source>
        <translation>%1 的访问名单</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="549"/>
        <source>Move %1 to trash</source>
        <translation>将 %1 移入回收站</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="556"/>
        <source>Attach a file to {0}</source>
        <translation>为 {0} 添加附件</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="564"/>
        <source>{0} is larger than the {1} MiB limit for register attachments</source>
        <translation>{0} 超过保密资料附件的 {1} MiB 上限</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="584"/>
        <source>Attach %1</source>
        <translation>附加 %1</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="592"/>
        <source>This item has no attachments.</source>
        <translation>此项没有附件。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="595"/>
        <source>Attachment:</source>
        <translation>附件：</translation>
    </message>
</context>
<context>
    <name>RelationForm</name>
    <message>
        <location filename="../../ui/competitors.py" line="67"/>
        <source>Relation of %1</source>
        <translation>%1 的关系</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="69"/>
        <source>Customer&apos;s person</source>
        <translation>客户人员</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="71"/>
        <source>How close</source>
        <translation>亲疏程度</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="73"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="74"/>
        <source>e.g. former classmates, dinner every month</source>
        <translation>例如：老同学、每月一起吃饭</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../ui/reminders.py" line="39"/>
        <source>Complaint past its response target</source>
        <translation>投诉超过响应时限</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="40"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="40"/>
        <source>Visits behind cadence</source>
        <translation>拜访频率落后</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="41"/>
        <source>Plan not submitted</source>
        <translation>计划未提交</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="41"/>
        <source>Review due this quarter</source>
        <translation>本季度需回顾</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="42"/>
        <source>Register item due back</source>
        <translation>保密资料即将到期归还</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="44"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="45"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="46"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="85"/>
        <source>The reminders could not be read: %1</source>
        <translation>无法读取提醒：%1</translation>
    </message>
</context>
<context>
    <name>RepForm</name>
    <message>
        <location filename="../../ui/competitors.py" line="52"/>
        <source>Rep of %1</source>
        <translation>%1 的销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="52"/>
        <source>New rep of %1</source>
        <translation>%1 的新销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="54"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="55"/>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="56"/>
        <source>e.g. technical, relationship seller, price fighter</source>
        <translation>例如：技术型、关系型、价格战型</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="57"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ResolveForm</name>
    <message>
        <location filename="../../ui/feedback_forms.py" line="46"/>
        <source>Resolve: %1</source>
        <translation>解决：%1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="47"/>
        <source>How was it resolved?</source>
        <translation>如何解决的？</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="48"/>
        <source>Customer satisfaction (1–5)</source>
        <translation>客户满意度（1–5）</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <location filename="../../ui/plan_forms.py" line="151"/>
        <source>Resource needed</source>
        <translation>所需资源</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="151"/>
        <source>Add a resource needed</source>
        <translation>添加所需资源</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="152"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="154"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="154"/>
        <source>e.g. our CTO</source>
        <translation>例如：我方技术总监</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="155"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="156"/>
        <source>Concrete task</source>
        <translation>具体任务</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="157"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="158"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../ui/models/plan.py" line="141"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="141"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="141"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="141"/>
        <source>Suggested</source>
        <translation>建议评级</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="142"/>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="142"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../ui/projects.py" line="242"/>
        <source>Roles in this project</source>
        <translation>本项目中的角色</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="245"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>ScoringDialog</name>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="38"/>
        <location filename="../../ui/scoring_dialog.py" line="110"/>
        <source>Value scoring</source>
        <translation>客户价值评分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="40"/>
        <source>Gross profit (CNY, last 12 months)</source>
        <translation>毛利（元，近 12 个月）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="41"/>
        <source>Sales revenue (CNY, last 12 months)</source>
        <translation>销售额（元，近 12 个月）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="42"/>
        <source>Marketing cost ratio (%, lower is better)</source>
        <translation>营销成本率（%，越低越好）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="43"/>
        <source>Industry position (1–5)</source>
        <translation>行业地位（1–5）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="44"/>
        <source>Years of cooperation</source>
        <translation>合作年限</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="45"/>
        <source>Customer satisfaction (1–5)</source>
        <translation>客户满意度（1–5）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="46"/>
        <source>Whitespace per year (the map&apos;s potential minus current; weight 0: off)</source>
        <translation>年度空白（地图的潜力减去当前；权重为 0 即关闭）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="48"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="49"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="50"/>
        <source>Breakpoints for 2, 3, 4, 5 points</source>
        <translation>得 2、3、4、5 分的分界值</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="61"/>
        <source>Indicators (current value: the first three; potential value: the others)</source>
        <translation>指标（当前价值：前三项；潜在价值：其余各项）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="66"/>
        <source>High current value from (0–100)</source>
        <translation>高当前价值起点（0–100）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="67"/>
        <source>High potential value from (0–100)</source>
        <translation>高潜在价值起点（0–100）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="108"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../../ui/register.py" line="58"/>
        <source>Type it again:</source>
        <translation>请再输入一次：</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="63"/>
        <source>The two entries differ; nothing was changed.</source>
        <translation>两次输入不一致；未做任何修改。</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../ui/sections.py" line="143"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="57"/>
        <source>New database passphrase</source>
        <translation>新数据库口令</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="58"/>
        <source>This computer has no credential store. Choose a passphrase to encrypt {0}; it cannot be recovered if forgotten:</source>
        <translation>这台电脑没有凭据存储。请为加密 {0} 设置一个口令；忘记后无法找回：</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="61"/>
        <source>Database passphrase</source>
        <translation>数据库口令</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="62"/>
        <source>Passphrase for {0}:</source>
        <translation>{0} 的口令：</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="75"/>
        <source>There is no database at {0}. Create a new, empty one there?</source>
        <translation>{0} 处没有数据库。要在那里新建一个空数据库吗？</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="86"/>
        <source>The database {0} is damaged and cannot be opened. It will be kept aside as a .broken file (nothing is deleted). Restore the newest good backup, {1}?</source>
        <translation>数据库 {0} 已损坏，无法打开。它将作为 .broken 文件保留在一旁（不会删除任何内容）。要恢复最新的完好备份 {1} 吗？</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="411"/>
        <source>Restored from {0}. The previous database was kept as {1}.</source>
        <translation>已从 {0} 恢复。原来的数据库保留为 {1}。</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../ui/projects.py" line="79"/>
        <source>Decision step</source>
        <translation>决策步骤</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="79"/>
        <source>New decision step</source>
        <translation>新建决策步骤</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="80"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="81"/>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="82"/>
        <source>Actual</source>
        <translation>实际日期</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="83"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="85"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="88"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="88"/>
        <source>What they do at this step</source>
        <translation>在此步骤中的作用</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="99"/>
        <source>Actors</source>
        <translation>参与人</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/sync.py" line="137"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="139"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="141"/>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync.py" line="143"/>
        <source>%n change waiting</source>
        <translation>
            <numerusform>%n 项更改待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync.py" line="144"/>
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n 项更改待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync.py" line="148"/>
        <source>%n conflict to resolve</source>
        <translation>
            <numerusform>%n 个冲突待解决</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync.py" line="149"/>
        <source>%n conflicts to resolve</source>
        <translation>
            <numerusform>%n 个冲突待解决</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="151"/>
        <source>Team server: %1</source>
        <translation>团队服务器：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="158"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="161"/>
        <source>Synced just now</source>
        <translation>刚刚已同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync.py" line="163"/>
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>%n 分钟前已同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync.py" line="166"/>
        <source>Synced %n hour ago</source>
        <translation>
            <numerusform>%n 小时前已同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync.py" line="166"/>
        <source>Synced %n hours ago</source>
        <translation>
            <numerusform>%n 小时前已同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="167"/>
        <source>Synced on %1</source>
        <translation>%1 已同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="225"/>
        <source>No longer shared with you, removed from this laptop: %1</source>
        <translation>已不再与您共享，已从这台笔记本移除：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="248"/>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <location filename="../../ui/team.py" line="84"/>
        <source>Our account team</source>
        <translation>我方客户团队</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="90"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="90"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="99"/>
        <source>Add to team…</source>
        <translation>加入团队…</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="101"/>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="103"/>
        <source>Remove from team</source>
        <translation>移出团队</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="106"/>
        <source>Only the owner works on this account so far. Add the colleagues who serve it — technical support, service, an executive sponsor — with “Add to team…”.</source>
        <translation>目前只有负责人服务此客户。用“加入团队…”添加服务此客户的同事——技术支持、售后服务、高层支持者等。</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="153"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="181"/>
        <source>choose a colleague or name a new one</source>
        <translation>请选择一位同事，或填写新同事的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="190"/>
        <source>Add to the account team</source>
        <translation>加入客户团队</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="207"/>
        <source>Role of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="220"/>
        <source>Remove %1 from the team</source>
        <translation>将 %1 移出团队</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="226"/>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>TeamMemberForm</name>
    <message>
        <location filename="../../ui/team.py" line="49"/>
        <source>Team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="49"/>
        <source>Add to the account team</source>
        <translation>加入客户团队</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="51"/>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="52"/>
        <source>(a new colleague, below)</source>
        <translation>（新同事，在下方填写）</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="54"/>
        <source>New colleague&apos;s name</source>
        <translation>新同事姓名</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="55"/>
        <source>New colleague&apos;s user name</source>
        <translation>新同事用户名</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="64"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="125"/>
        <source>No purchasing project</source>
        <translation>暂无采购项目</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="146"/>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgchart/widget.py" line="151"/>
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n 位参与人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionForm</name>
    <message>
        <location filename="../../ui/transactions.py" line="38"/>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="38"/>
        <source>New transaction</source>
        <translation>新建交易</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="40"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="41"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="42"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="43"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="43"/>
        <source>pcs, kg, set…</source>
        <translation>件、千克、套…</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="44"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="45"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="46"/>
        <source>Financial cost</source>
        <translation>财务成本</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="47"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="48"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="49"/>
        <source>Document no.</source>
        <translation>单据号</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="50"/>
        <source>Amount = quantity × unit price − discount.</source>
        <translation>金额 = 数量 × 单价 − 折扣。</translation>
    </message>
</context>
<context>
    <name>TransactionsSection</name>
    <message>
        <location filename="../../ui/transactions.py" line="61"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="62"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="63"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="64"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="65"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="66"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="67"/>
        <source>Financial cost</source>
        <translation>财务成本</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="68"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="69"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="81"/>
        <source>Add line…</source>
        <translation>添加交易…</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="81"/>
        <source>Edit line…</source>
        <translation>编辑交易…</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="82"/>
        <source>Delete line</source>
        <translation>删除交易</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="87"/>
        <source>No transactions yet. Import them from the ERP (File › Import…) or enter a line with “Add line…”.</source>
        <translation>还没有交易记录。可从 ERP 导入（文件 › 导入…），或用“添加交易…”手工录入。</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="94"/>
        <source>Imported from the ERP or entered by hand; newest first.</source>
        <translation>从 ERP 导入或手工录入；最新的在前。</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="107"/>
        <source>%1 lines in %2: revenue %3, gross profit %4</source>
        <translation>%2 共 %1 笔：销售额 %3，毛利 %4</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="130"/>
        <source>Add transaction %1</source>
        <translation>添加交易 %1</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="160"/>
        <source>Edit transaction %1</source>
        <translation>编辑交易 %1</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="172"/>
        <source>Delete transaction %1</source>
        <translation>删除交易 %1</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="117"/>
        <source>Edit business unit</source>
        <translation>编辑业务单元</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="117"/>
        <source>Add business unit</source>
        <translation>添加业务单元</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="118"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="119"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="121"/>
        <source>Org-chart department</source>
        <translation>组织图中的部门</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="125"/>
        <source>Counts transactions that name no unit</source>
        <translation>计入未注明业务单元的交易</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="128"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="130"/>
        <source>Delete unit</source>
        <translation>删除业务单元</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../ui/views.py" line="35"/>
        <source>Choose an account first (--account).</source>
        <translation>请先选择客户（--account）。</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="51"/>
        <source>Nobody at this account yet.</source>
        <translation>该客户下还没有人员。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/visit_dialog.py" line="45"/>
        <source>Log a visit — %1</source>
        <translation>记录拜访——%1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="46"/>
        <source>Mark a visit done — %1</source>
        <translation>标记拜访已完成——%1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="46"/>
        <source>Edit a visit — %1</source>
        <translation>编辑拜访——%1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="55"/>
        <source>Type a name or pinyin to find attendees…</source>
        <translation>输入姓名或拼音查找参会人…</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="75"/>
        <source>Done — it took place (untick for a planned visit)</source>
        <translation>已完成——已经进行（计划中的拜访请取消勾选）</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="95"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="96"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="98"/>
        <source>Their attendees</source>
        <translation>对方参会人</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="100"/>
        <source>Our attendees</source>
        <translation>我方参会人</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="101"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="102"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="103"/>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="104"/>
        <source>Stance changes</source>
        <translation>态度变化</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="141"/>
        <source>%1 → %2 (recorded at this visit)</source>
        <translation>%1 → %2（在此次拜访中记录）</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="145"/>
        <source>None recorded at this visit (a person&apos;s own page changes their stance).</source>
        <translation>此次拜访未记录态度变化（可在人员自己的页面修改其态度）。</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="178"/>
        <source>(unchanged: %1)</source>
        <translation>（不变：%1）</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="217"/>
        <source>Log visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="250"/>
        <source>Edit visit</source>
        <translation>编辑拜访</translation>
    </message>
</context>
<context>
    <name>VisitsSection</name>
    <message>
        <location filename="../../ui/sections.py" line="386"/>
        <source>(planned)</source>
        <translation>（计划中）</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="388"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="389"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="390"/>
        <source>Customer attendees</source>
        <translation>客户参会人</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="391"/>
        <source>Our attendees</source>
        <translation>我方参会人</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="392"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="393"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="394"/>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="397"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="397"/>
        <source>Mark done…</source>
        <translation>标记为已完成…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="397"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="398"/>
        <source>Log a visit… (Ctrl+Shift+V)</source>
        <translation>记录拜访…（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="401"/>
        <source>No visit or call logged yet. Record each visit, call or meeting — who was there, what was agreed, the next steps — with “Log a visit…”.</source>
        <translation>尚未记录拜访或电话。用“记录拜访…”记下每次拜访、电话或会议：谁在场、达成了什么、下一步是什么。</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="451"/>
        <source>Delete visit</source>
        <translation>删除拜访</translation>
    </message>
</context>
<context>
    <name>WalletBox</name>
    <message>
        <location filename="../../ui/wallet.py" line="62"/>
        <source>Share of wallet</source>
        <translation>钱包份额</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="68"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="68"/>
        <source>Customer&apos;s category purchases</source>
        <translation>客户采购额</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="68"/>
        <source>Our sales</source>
        <translation>我方销售额</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="68"/>
        <source>Our share</source>
        <translation>我方份额</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="83"/>
        <source>Enter a year…</source>
        <translation>录入年度…</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="85"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="87"/>
        <source>Remove year</source>
        <translation>删除年度</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="90"/>
        <source>How much of our category does the customer buy in a year, from every supplier? Enter it with “Enter a year…” to see our share of their wallet.</source>
        <translation>客户每年从所有供应商采购多少我方品类的产品？用“录入年度…”填写，即可看到我方的钱包份额。</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="137"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="148"/>
        <source>Share of wallet %1</source>
        <translation>%1 年钱包份额</translation>
    </message>
</context>
<context>
    <name>WalletForm</name>
    <message>
        <location filename="../../ui/wallet.py" line="41"/>
        <source>Share of wallet</source>
        <translation>钱包份额</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="44"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="45"/>
        <source>The customer&apos;s purchases of our category (all suppliers)</source>
        <translation>客户对我方品类的采购总额（所有供应商）</translation>
    </message>
</context>
<context>
    <name>WhitespaceSection</name>
    <message>
        <location filename="../../ui/whitespace.py" line="57"/>
        <source>Where this account can still grow: each of the customer&apos;s business units (rows) against each of our product lines (columns). The colour is the whitespace, potential minus what they bought from us in the last 12 months.</source>
        <translation>这个客户还能在哪里增长：客户的每个业务单元（行）对应我方的每条产品线（列）。颜色表示空白，即潜力减去过去 12 个月向我方的采购额。</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="61"/>
        <source>Add business unit…</source>
        <translation>添加业务单元…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="62"/>
        <source>Add product line…</source>
        <translation>添加产品线…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="63"/>
        <source>Edit cell…</source>
        <translation>编辑单元格…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="64"/>
        <source>Put product on a line…</source>
        <translation>将产品归入产品线…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="65"/>
        <source>Edit unit…</source>
        <translation>编辑业务单元…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="66"/>
        <source>Edit or delete the business unit of the chosen row (or double-click its name)</source>
        <translation>编辑或删除所选行的业务单元（或双击其名称）</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="68"/>
        <source>Edit line…</source>
        <translation>编辑产品线…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="69"/>
        <source>Edit or delete the product line of the chosen column (or double-click its name)</source>
        <translation>编辑或删除所选列的产品线（或双击其名称）</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="71"/>
        <source>Assign transactions…</source>
        <translation>分配交易…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="72"/>
        <source>Say which business unit bought which transactions</source>
        <translation>指明哪些交易由哪个业务单元采购</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="76"/>
        <source>Make objective…</source>
        <translation>转为目标…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="77"/>
        <source>Turn the selected targeted cell into an objective of the draft plan</source>
        <translation>将所选的目标单元格转为草稿计划中的目标</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="79"/>
        <source>Make purchasing project…</source>
        <translation>转为采购项目…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="80"/>
        <source>Turn the selected targeted cell into a purchasing project of the account</source>
        <translation>将所选的目标单元格转为本客户的采购项目</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="83"/>
        <source>Import potentials…</source>
        <translation>导入潜力…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="84"/>
        <source>Enter potentials, holders, statuses and notes from a CSV or XLSX table (one row per cell); all or nothing</source>
        <translation>从 CSV 或 XLSX 表格导入潜力、供应方、状态和备注（每个单元格一行）；要么全部导入，要么全部不导入</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="117"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="117"/>
        <location filename="../../ui/whitespace.py" line="457"/>
        <source>Current (12 months)</source>
        <translation>当前（12 个月）</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="118"/>
        <location filename="../../ui/whitespace.py" line="460"/>
        <source>Potential per year</source>
        <translation>年度潜力</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="118"/>
        <source>Whitespace</source>
        <translation>空白地图</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="119"/>
        <source>Share of wallet</source>
        <translation>钱包份额</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="119"/>
        <location filename="../../ui/whitespace.py" line="461"/>
        <source>Held by</source>
        <translation>供应方</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="120"/>
        <location filename="../../ui/whitespace.py" line="465"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="121"/>
        <source>More is bought from us than the potential: check the potential</source>
        <translation>向我方的采购额超过潜力：请核对潜力</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="139"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="140"/>
        <location filename="../../ui/whitespace.py" line="146"/>
        <location filename="../../ui/whitespace.py" line="504"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="141"/>
        <location filename="../../ui/whitespace.py" line="149"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="142"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="147"/>
        <source>Why not on the map</source>
        <translation>未计入地图的原因</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="148"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="186"/>
        <source>an objective of the plan</source>
        <translation>计划中的目标</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="187"/>
        <source>a purchasing project</source>
        <translation>采购项目</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="188"/>
        <source>Whitespace: none or unknown</source>
        <translation>空白：无或未知</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="188"/>
        <source>the largest of this account</source>
        <translation>本客户最大</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="189"/>
        <source>potential below current</source>
        <translation>潜力低于当前</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="189"/>
        <source>second line: share of wallet</source>
        <translation>第二行：钱包份额</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="205"/>
        <source>No whitespace map yet. Add the customer&apos;s plants, divisions, subsidiaries or regions as business units; each gets a row against our product lines, with what they buy from us, from a competitor or not at all.</source>
        <translation>还没有空白地图。请把客户的工厂、事业部、子公司或区域添加为业务单元；每个业务单元占一行，对应我方各产品线，记录他们向我方、向竞争对手采购还是尚未采购。</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="208"/>
        <source>Add the first business unit…</source>
        <translation>添加第一个业务单元…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="211"/>
        <source>Our product catalogue is empty. Add our product lines (or import them: kam catalogue import); each becomes a column of the map.</source>
        <translation>我方产品目录为空。请添加我方产品线（或导入：kam catalogue import）；每条产品线成为地图的一列。</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="213"/>
        <source>Add the first product line…</source>
        <translation>添加第一条产品线…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="224"/>
        <source>Our product lines are kept by a sales VP or an administrator</source>
        <translation>我方产品线由销售副总或管理员维护</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="231"/>
        <source>Transactions of the last 12 months not on the map: %1</source>
        <translation>过去 12 个月未计入地图的交易：%1</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="238"/>
        <source>Click a cell to see its transactions.</source>
        <translation>点击单元格查看其交易。</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="263"/>
        <source>%1 × %2: %3 transaction(s) in the last 12 months</source>
        <translation>%1 × %2：过去 12 个月 %3 笔交易</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="268"/>
        <source>%1 supplies here: %2</source>
        <translation>%1 在此供应：%2</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="273"/>
        <source>Objective %1: %2 of %3</source>
        <translation>%1 年目标：%2 / %3</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="276"/>
        <source>Purchasing project: %1 (%2)</source>
        <translation>采购项目：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="320"/>
        <source>Add business unit</source>
        <translation>添加业务单元</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="343"/>
        <source>Edit business unit</source>
        <translation>编辑业务单元</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="354"/>
        <source>Delete business unit</source>
        <translation>删除业务单元</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="403"/>
        <source>Edit product line</source>
        <translation>编辑产品线</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="414"/>
        <source>Delete product line</source>
        <translation>删除产品线</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="441"/>
        <source>Assign transactions</source>
        <translation>分配交易</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="565"/>
        <location filename="../../ui/whitespace.py" line="581"/>
        <source>Make purchasing project</source>
        <translation>转为采购项目</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="566"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="566"/>
        <source>%1 at %2</source>
        <translation>%2：%1</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="568"/>
        <source>Its budget is the cell&apos;s whitespace, its problem to solve the cell&apos;s note; fill in the rest under Purchasing projects.</source>
        <translation>预算取该单元格的空白，待解决的问题取单元格的备注；其余内容请在“采购项目”中填写。</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="595"/>
        <location filename="../../ui/whitespace.py" line="607"/>
        <location filename="../../ui/whitespace.py" line="618"/>
        <source>Import potentials</source>
        <translation>导入潜力</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="596"/>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="608"/>
        <source>The table names business units this account does not have yet:
%1

Add them?</source>
        <translation>表格中有本客户尚未建立的业务单元：
%1

要添加吗？</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="619"/>
        <source>%1: %2 row(s), %3 cell(s) entered, %4 updated.</source>
        <translation>%1：共 %2 行，新录入 %3 个单元格，更新 %4 个。</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="380"/>
        <source>Add product line</source>
        <translation>添加产品线</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="456"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="459"/>
        <source>estimated annual spend, %1</source>
        <translation>预计年采购额，%1</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="463"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="469"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="490"/>
        <source>Edit whitespace cell</source>
        <translation>编辑空白地图单元格</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="504"/>
        <location filename="../../ui/whitespace.py" line="509"/>
        <location filename="../../ui/whitespace.py" line="523"/>
        <source>Put product on a line</source>
        <translation>将产品归入产品线</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="510"/>
        <source>Product line for “%1”</source>
        <translation>“%1”的产品线</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="532"/>
        <location filename="../../ui/whitespace.py" line="553"/>
        <source>Make objective</source>
        <translation>转为目标</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="534"/>
        <source>Annual target (%1)</source>
        <translation>年度目标（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="535"/>
        <source>Plan year</source>
        <translation>计划年度</translation>
    </message>
</context>
<context>
    <name>WhitespaceTab</name>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="85"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="89"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="90"/>
        <location filename="../../ui/portfolio_whitespace.py" line="103"/>
        <source>Whitespace</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="91"/>
        <location filename="../../ui/portfolio_whitespace.py" line="104"/>
        <source>Potential per year</source>
        <translation>年度潜力</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="92"/>
        <location filename="../../ui/portfolio_whitespace.py" line="105"/>
        <source>Current (12 months)</source>
        <translation>当前（12 个月）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="93"/>
        <location filename="../../ui/portfolio_whitespace.py" line="106"/>
        <source>Share of wallet</source>
        <translation>钱包份额</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="94"/>
        <source>Held by us</source>
        <translation>我方供应</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="95"/>
        <source>Held by competitors</source>
        <translation>竞争对手供应</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="96"/>
        <source>In-house</source>
        <translation>客户自产</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="97"/>
        <source>Nobody yet</source>
        <translation>尚无人供应</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="102"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="110"/>
        <source>No account has a whitespace map yet. A KAM builds one in the account&apos;s Whitespace section: the customer&apos;s business units against our product lines.</source>
        <translation>还没有客户建立空白地图。客户经理可在客户档案的“空白地图”部分建立：客户的业务单元对照我方产品线。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="123"/>
        <source>By product line, largest uncaptured potential first (double-click: the accounts)</source>
        <translation>按产品线，尚未拿下的潜力最大者在前（双击：查看相关客户）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="126"/>
        <source>By tier (double-click: the accounts)</source>
        <translation>按等级（双击：查看相关客户）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="187"/>
        <source>%1 accounts with a whitespace map, %2 to %3 (%4): whitespace %5 of a potential of %6 per year; share of wallet %7.</source>
        <translation>%1 个客户有空白地图，%2 至 %3（%4）：年度潜力 %6 中空白 %5；钱包份额 %7。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="204"/>
        <source>Whitespace in %1</source>
        <translation>%1 的空白</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="212"/>
        <source>Whitespace of the %1 accounts</source>
        <translation>%1 客户的空白</translation>
    </message>
</context>
</TS>
