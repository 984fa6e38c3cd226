<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../ui/register.py" line="282"/>
        <source>Access list of {0}</source>
        <translation>{0} 的存取名單</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="293"/>
        <source>Who of our users may open this item&apos;s content:</source>
        <translation>我方哪些使用者可以開啟這份資料的內容：</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/sections.py" line="195"/>
        <source>Basic information</source>
        <translation>基本資訊</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="195"/>
        <source>The customer&apos;s business</source>
        <translation>客戶經營情況</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="196"/>
        <source>Our analysis (SWOT, culture)</source>
        <translation>我方分析（SWOT、文化）</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="273"/>
        <source>Edit %1</source>
        <translation>編輯%1</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../ui/models/accounts.py" line="270"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/models/accounts.py" line="270"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../ui/models/accounts.py" line="270"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/models/accounts.py" line="270"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/models/accounts.py" line="270"/>
        <source>Last visit</source>
        <translation>最近拜訪</translation>
    </message>
    <message>
        <location filename="../../ui/models/accounts.py" line="271"/>
        <source>Plan</source>
        <translation>計劃</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="50"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="51"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="52"/>
        <source>Potential per year</source>
        <translation>年度潛力</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="53"/>
        <source>Current (12 months)</source>
        <translation>目前（12 個月）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="54"/>
        <source>Whitespace</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="55"/>
        <source>Share of wallet</source>
        <translation>錢包份額</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="63"/>
        <source>Double-click an account to open it.</source>
        <translation>按兩下客戶即可開啟。</translation>
    </message>
</context>
<context>
    <name>ActualForm</name>
    <message>
        <location filename="../../ui/plan_forms.py" line="170"/>
        <source>Enter actual</source>
        <translation>輸入實績</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="172"/>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="173"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="174"/>
        <source>Actual</source>
        <translation>實績</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <location filename="../../ui/register.py" line="153"/>
        <source>Add register item</source>
        <translation>新增保密資料</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="154"/>
        <source>Edit register item {0}</source>
        <translation>編輯保密資料 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="164"/>
        <source>(nobody named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="178"/>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="178"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="179"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="179"/>
        <source>Classification</source>
        <translation>密級</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="180"/>
        <source>Customer owner</source>
        <translation>客戶方負責人</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="181"/>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="182"/>
        <source>NDA / contract</source>
        <translation>保密協議 / 合同</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="183"/>
        <source>Return due</source>
        <translation>應歸還日期</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="184"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="185"/>
        <source>Storage location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="186"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="197"/>
        <source>Content (title, description, location, notes) is stored encrypted.</source>
        <translation>內容（標題、說明、存放位置、備註）加密保存。</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="159"/>
        <source>Assign transactions to a business unit</source>
        <translation>將交易指派給業務單位</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="162"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="163"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="164"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="165"/>
        <source>Business unit</source>
        <translation>業務單位</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="170"/>
        <source>Show earlier transactions too</source>
        <translation>同時顯示更早的交易</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="171"/>
        <source>Also list the transactions before the last 12 months. The map counts only the last 12 months; the unit you give an older one is kept.</source>
        <translation>同時列出過去 12 個月之前的交易。地圖只統計過去 12 個月；為較早交易指定的業務單位會被保留。</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="175"/>
        <source>— no unit (counted by the unit that takes the rest)</source>
        <translation>— 無業務單位（計入承接其餘交易的業務單位）</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="184"/>
        <source>Bought by</source>
        <translation>採購單位</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="186"/>
        <source>Choose the transactions (Ctrl or Shift for several), then the unit that bought them.</source>
        <translation>選取交易（按住 Ctrl 或 Shift 可複選），再選擇採購這些交易的單位。</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="221"/>
        <source>Choose at least one transaction.</source>
        <translation>請至少選取一筆交易。</translation>
    </message>
</context>
<context>
    <name>ChartAuthoring</name>
    <message>
        <location filename="../../ui/factions.py" line="119"/>
        <source>Factions &amp;&amp; influence</source>
        <translation>派系與影響</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="163"/>
        <source>New faction…</source>
        <translation>新增派系…</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="165"/>
        <source>Edit faction</source>
        <translation>編輯派系</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="165"/>
        <source>Delete faction</source>
        <translation>刪除派系</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="172"/>
        <source>New influence line…</source>
        <translation>新增影響線…</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="182"/>
        <location filename="../../ui/factions.py" line="352"/>
        <source>Edit influence line</source>
        <translation>編輯影響線</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="182"/>
        <location filename="../../ui/factions.py" line="362"/>
        <source>Delete influence line</source>
        <translation>刪除影響線</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="198"/>
        <source>New faction with the selected people…</source>
        <translation>以所選人員新增派系…</translation>
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
        <translation>設為派系領袖</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="213"/>
        <source>Draw influence line from here…</source>
        <translation>從此人畫影響線…</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="220"/>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="263"/>
        <source>New faction %1</source>
        <translation>新增派系 %1</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="278"/>
        <source>Edit faction %1</source>
        <translation>編輯派系 %1</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="288"/>
        <source>Delete faction %1</source>
        <translation>刪除派系 %1</translation>
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
        <translation>派系 %1 的領袖</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="325"/>
        <source>New influence line</source>
        <translation>新增影響線</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="267"/>
        <source>Check, then import</source>
        <translation>檢查，然後匯入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="268"/>
        <source>Nothing is written until you press Import, and then everything or nothing.</source>
        <translation>按「匯入」之前不會寫入任何內容；匯入時要麼全部寫入，要麼全部不寫。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="270"/>
        <source>Skip it</source>
        <translation>跳過</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="271"/>
        <source>Update it from the file</source>
        <translation>用檔案中的內容更新</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="272"/>
        <source>Merge: fill only its empty fields</source>
        <translation>合併：只填寫空白欄位</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="273"/>
        <source>Leave out the rows in error and import the rest</source>
        <translation>跳過有錯誤的行，匯入其餘行</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="277"/>
        <source>Already there</source>
        <translation>已存在的記錄</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="310"/>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="317"/>
        <source>Importing… %1 rows read</source>
        <translation>正在匯入…已讀取 %1 行</translation>
    </message>
</context>
<context>
    <name>CloseItemDialog</name>
    <message>
        <location filename="../../ui/register.py" line="260"/>
        <source>Mark {0} returned</source>
        <translation>將 {0} 標記為已歸還</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="260"/>
        <source>Mark {0} destroyed</source>
        <translation>將 {0} 標記為已銷毀</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="266"/>
        <source>Returned on</source>
        <translation>歸還日期</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="266"/>
        <source>Destroyed on</source>
        <translation>銷毀日期</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="271"/>
        <source>You are recorded in the audit trail as the one who did it.</source>
        <translation>稽核紀錄會記下操作人是您。</translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <location filename="../../ui/plan_forms.py" line="133"/>
        <source>Commitment</source>
        <translation>服務承諾</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="133"/>
        <source>Add a commitment</source>
        <translation>新增服務承諾</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="134"/>
        <source>We commit to</source>
        <translation>我方承諾</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="135"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="135"/>
        <source>(nobody yet)</source>
        <translation>（尚無）</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="137"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="138"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="140"/>
        <source>Evidence</source>
        <translation>佐證</translation>
    </message>
</context>
<context>
    <name>CompetitorForm</name>
    <message>
        <location filename="../../ui/competitors.py" line="35"/>
        <source>Competitor %1</source>
        <translation>競爭對手 %1</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="36"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="37"/>
        <source>Products used</source>
        <translation>所用產品</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="38"/>
        <source>Customer satisfaction</source>
        <translation>客戶滿意度</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="39"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="40"/>
        <source>Estimated share (%)</source>
        <translation>估計份額（%）</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="41"/>
        <source>Strengths</source>
        <translation>優勢</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="42"/>
        <source>Weaknesses</source>
        <translation>劣勢</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="43"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>CompetitorsSection</name>
    <message>
        <location filename="../../ui/competitors.py" line="83"/>
        <source>Competitor</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="84"/>
        <source>Products used</source>
        <translation>所用產品</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="85"/>
        <source>Customer satisfaction</source>
        <translation>客戶滿意度</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="86"/>
        <source>Est. share</source>
        <translation>估計份額</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="87"/>
        <source>Strengths</source>
        <translation>優勢</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="88"/>
        <source>Weaknesses</source>
        <translation>劣勢</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="91"/>
        <source>Add competitor…</source>
        <translation>添加競爭對手…</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="91"/>
        <location filename="../../ui/competitors.py" line="93"/>
        <source>Edit competitor…</source>
        <translation>編輯競爭對手…</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="92"/>
        <location filename="../../ui/competitors.py" line="93"/>
        <source>Remove competitor</source>
        <translation>刪除競爭對手</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="94"/>
        <source>No competitor recorded yet. Note who else sells to this customer — what they supply, how satisfied the customer is, their reps here — starting with “Add competitor…”.</source>
        <translation>尚未記錄競爭對手。記下還有誰在向這家客戶供貨——供應什麼、客戶滿意度如何、他們在這裡的業務——從「添加競爭對手…」開始。</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="102"/>
        <source>Rep</source>
        <translation>業務代表</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="103"/>
        <source>Style</source>
        <translation>風格</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="104"/>
        <source>Close to</source>
        <translation>關係密切的人</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="106"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="111"/>
        <source>Add rep…</source>
        <translation>新增業務代表…</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="112"/>
        <source>Edit rep…</source>
        <translation>編輯業務代表…</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="113"/>
        <source>Remove rep</source>
        <translation>刪除業務代表</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="114"/>
        <source>Their reps at this account</source>
        <translation>對方在此客戶的業務代表</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="120"/>
        <source>Customer&apos;s person</source>
        <translation>客戶人員</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="121"/>
        <source>How close</source>
        <translation>親疏程度</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="122"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="127"/>
        <source>Add relation…</source>
        <translation>新增關係…</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="128"/>
        <source>Edit relation…</source>
        <translation>編輯關係…</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="129"/>
        <source>Remove relation</source>
        <translation>刪除關係</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="130"/>
        <source>The rep&apos;s relations with the customer&apos;s people</source>
        <translation>這位業務代表與客戶人員的關係</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="192"/>
        <source>Select a competitor above to see and add its sales reps here.</source>
        <translation>在上方選擇一個競爭對手，即可在此檢視和新增其業務代表。</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="194"/>
        <source>No rep of %1 recorded yet. Add who sells for them at this account with “Add rep…”.</source>
        <translation>尚未記錄 %1 的業務代表。用「新增業務代表…」新增他們在此客戶的業務人員。</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="205"/>
        <source>Select a rep to see whom of the customer&apos;s people they are close to.</source>
        <translation>選擇一位業務代表，檢視其與客戶哪些人員關係密切。</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="207"/>
        <source>No relation of %1 recorded yet. Note whom of the customer&apos;s people they are close to with “Add relation…”.</source>
        <translation>尚未記錄 %1 的關係。用「新增關係…」記下其與客戶哪些人員關係密切。</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="224"/>
        <location filename="../../ui/competitors.py" line="243"/>
        <source>Add competitor</source>
        <translation>添加競爭對手</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="224"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="264"/>
        <source>Edit competitor %1</source>
        <translation>編輯競爭對手 %1</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="282"/>
        <source>Remove competitor %1</source>
        <translation>刪除競爭對手 %1</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="306"/>
        <source>Add rep %1</source>
        <translation>新增業務代表 %1</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="330"/>
        <source>Edit rep %1</source>
        <translation>編輯業務代表 %1</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="347"/>
        <source>Remove rep %1</source>
        <translation>刪除業務代表 %1</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="378"/>
        <source>Everyone of the customer&apos;s people already has a relation with %1; add people to the account first.</source>
        <translation>客戶的所有人員都已與 %1 有關係紀錄；請先為此客戶新增人員。</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="384"/>
        <location filename="../../ui/competitors.py" line="400"/>
        <source>Relation of %1</source>
        <translation>%1 的關係</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="411"/>
        <source>Remove relation of %1</source>
        <translation>刪除 %1 的關係</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="28"/>
        <source>Someone else changed this record</source>
        <translation>其他人已修改此記錄</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="33"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="33"/>
        <source>Yours</source>
        <translation>您的修改</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="33"/>
        <source>Saved by someone else</source>
        <translation>他人已保存的內容</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="41"/>
        <source>Merge keeps every change that does not collide; where both of you changed a field, the saved value stays and yours is listed here.</source>
        <translation>合併會保留所有互不衝突的修改；雙方都修改了的欄位保留已保存的內容，您的修改列在這裡。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="43"/>
        <source>Your changes and theirs touch different fields: merging keeps both.</source>
        <translation>您和對方修改的是不同欄位：合併將保留雙方的修改。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="46"/>
        <source>Reload (drop mine)</source>
        <translation>重新載入（放棄我的修改）</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="46"/>
        <source>Overwrite with mine</source>
        <translation>用我的修改覆蓋</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="47"/>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/sync.py" line="364"/>
        <source>Sync conflicts</source>
        <translation>同步衝突</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="366"/>
        <source>The same thing was changed on this laptop and on the server. Choose which value stays; nothing is overwritten until you do.</source>
        <translation>同一內容在這台筆電和伺服器上都被修改了。請選擇保留哪個值；在您決定之前，什麼都不會被覆蓋。</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="370"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="370"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="370"/>
        <source>On this laptop</source>
        <translation>本機</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="371"/>
        <source>On the server</source>
        <translation>伺服器上</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="377"/>
        <source>No conflicts: everything is in step with the server.</source>
        <translation>沒有衝突：一切都與伺服器一致。</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="378"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="379"/>
        <source>Take theirs</source>
        <translation>採用伺服器的</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="419"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="419"/>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="419"/>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="420"/>
        <source>Plan</source>
        <translation>計劃</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="420"/>
        <source>Project</source>
        <translation>專案</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="420"/>
        <source>Competitor</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="421"/>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="421"/>
        <source>Complaint or feedback</source>
        <translation>投訴或回饋</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="422"/>
        <source>Faction</source>
        <translation>派系</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="422"/>
        <source>Decision step</source>
        <translation>決策步驟</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="423"/>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="424"/>
        <source>Review</source>
        <translation>回顧</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="424"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="425"/>
        <source>Business unit</source>
        <translation>業務單位</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="425"/>
        <source>Whitespace cell</source>
        <translation>空白儲存格</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="426"/>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="429"/>
        <source>%1 (refused by the server)</source>
        <translation>%1（被伺服器拒絕）</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="431"/>
        <source>%1 (deleted on the server)</source>
        <translation>%1（已在伺服器上刪除）</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="435"/>
        <source>the whole record</source>
        <translation>整筆記錄</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/sync.py" line="306"/>
        <source>Connect to team server</source>
        <translation>連線團隊伺服器</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="317"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="318"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="319"/>
        <source>This database is bound to the server: your accounts go up, the accounts the server shares with you come down, and both stay in step from then on.</source>
        <translation>此資料庫將綁定到伺服器：您的客戶上傳，伺服器與您共享的客戶下載，此後雙方保持同步。</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="323"/>
        <source>Connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="340"/>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
</context>
<context>
    <name>ContentDialog</name>
    <message>
        <location filename="../../ui/register.py" line="100"/>
        <source>Register item {0}</source>
        <translation>保密資料 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="101"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="101"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="102"/>
        <source>Storage location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="102"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="108"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="109"/>
        <source>Copied register content is cleared from the clipboard after {0} s</source>
        <translation>複製的保密內容將在 {0} 秒後從剪貼簿清除</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="119"/>
        <source>This opening is recorded in the audit trail.</source>
        <translation>本次查看已記入稽核紀錄。</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <location filename="../../ui/projects.py" line="133"/>
        <source>Decision criteria</source>
        <translation>決策標準</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="137"/>
        <source>Criterion</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="137"/>
        <source>Weight %</source>
        <translation>權重 %</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="137"/>
        <source>Our score</source>
        <translation>我方得分</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="145"/>
        <source>Add criterion</source>
        <translation>新增標準</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="145"/>
        <source>Remove criterion</source>
        <translation>刪除標準</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="154"/>
        <source>Scores: 1 (weak) to 5 (strong); — not scored. Competitors are added on the Competitors page.</source>
        <translation>得分：1（弱）到 5（強）；— 表示未評分。競爭對手在「競爭對手」頁新增。</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="213"/>
        <source>Total: %1 %</source>
        <translation>合計：%1 %</translation>
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
        <translation>新增派系</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="52"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="53"/>
        <source>(nobody)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="54"/>
        <source>Leader</source>
        <translation>領袖</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="55"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="57"/>
        <location filename="../../ui/factions.py" line="67"/>
        <source>Members</source>
        <translation>成員</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location filename="../../ui/feedback_forms.py" line="20"/>
        <source>Feedback</source>
        <translation>回饋</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="20"/>
        <source>New feedback</source>
        <translation>新增回饋</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="22"/>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="22"/>
        <source>e.g. noise from the prototype</source>
        <translation>例如：樣機有異響</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="23"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="25"/>
        <source>What the customer said</source>
        <translation>客戶的原話</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="26"/>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="29"/>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="31"/>
        <source>Route to</source>
        <translation>轉交部門</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="33"/>
        <source>First responder</source>
        <translation>第一負責人</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="35"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
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
        <translation>答覆時限（小時）</translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <location filename="../../ui/sections.py" line="467"/>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="468"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="469"/>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="470"/>
        <source>Routed to</source>
        <translation>責任部門</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="471"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="472"/>
        <source>Responded</source>
        <translation>已響應</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="473"/>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="474"/>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="477"/>
        <source>New feedback…</source>
        <translation>新增回饋…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="477"/>
        <location filename="../../ui/sections.py" line="480"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="478"/>
        <location filename="../../ui/sections.py" line="480"/>
        <location filename="../../ui/sections.py" line="585"/>
        <source>Mark responded</source>
        <translation>標記為已響應</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="478"/>
        <location filename="../../ui/sections.py" line="480"/>
        <source>Resolve…</source>
        <translation>解決…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="479"/>
        <location filename="../../ui/sections.py" line="480"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="481"/>
        <source>No complaint or feedback yet. Record what the customer raises — a complaint, a suggestion, product feedback — with “New feedback…”, and follow it to its answer.</source>
        <translation>尚無投訴或回饋。用「新增回饋…」記錄客戶提出的問題——投訴、建議、產品回饋——並追蹤到答覆為止。</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="525"/>
        <source>New feedback</source>
        <translation>新增回饋</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="548"/>
        <source>Edit feedback</source>
        <translation>編輯回饋</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="565"/>
        <source>Delete feedback</source>
        <translation>刪除回饋</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="595"/>
        <source>Resolve</source>
        <translation>解決</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="135"/>
        <source>Choose the file</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="136"/>
        <source>A CRM export (Salesforce, Odoo, HubSpot), a contact list in Excel, the ERP&apos;s transactions, vCards from a phone or Outlook, or a kam dossier.</source>
        <translation>CRM 匯出檔案（Salesforce、Odoo、HubSpot）、Excel 聯繫人表、ERP 交易記錄、手機或 Outlook 的 vCard，或 kam 客戶檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="139"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="149"/>
        <source>Detect</source>
        <translation>自動識別</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="154"/>
        <source>the first sheet</source>
        <translation>第一個工作表</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="156"/>
        <source>(only as named in the file)</source>
        <translation>（僅按檔案中的名稱）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="166"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="167"/>
        <source>Contents</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="168"/>
        <source>Text encoding</source>
        <translation>文字編碼</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="169"/>
        <source>Excel sheet</source>
        <translation>Excel 工作表</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="170"/>
        <source>Account for rows that name none</source>
        <translation>未註明客戶的行歸入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="175"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="176"/>
        <source>Importable files (*.csv *.txt *.xlsx *.vcf *.json);;All files (*)</source>
        <translation>可匯入的檔案 (*.csv *.txt *.xlsx *.vcf *.json);;所有檔案 (*)</translation>
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
        <translation>根據檔案識別</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="49"/>
        <source>Accounts (CSV / Excel)</source>
        <translation>客戶（CSV / Excel）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="50"/>
        <source>People (CSV / Excel)</source>
        <translation>人員（CSV / Excel）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="51"/>
        <source>Transactions from the ERP (CSV / Excel)</source>
        <translation>ERP 交易記錄（CSV / Excel）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="52"/>
        <source>vCards (.vcf)</source>
        <translation>vCard 名片 (.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="53"/>
        <source>A kam dossier (.json)</source>
        <translation>kam 客戶檔案 (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="60"/>
        <source>Company name</source>
        <translation>公司名稱</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="62"/>
        <source>Customer</source>
        <translation>客戶</translation>
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
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="65"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>Company (account)</source>
        <translation>公司（客戶）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67"/>
        <source>Company id (CRM)</source>
        <translation>公司編號（CRM）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67"/>
        <source>Reports to (name)</source>
        <translation>直屬上級（姓名）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="68"/>
        <source>Reports to (CRM id)</source>
        <translation>直屬上級（CRM 編號）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="68"/>
        <source>Id in the CRM</source>
        <translation>CRM 編號</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="68"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>English name</source>
        <translation>英文名稱</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>Short name</source>
        <translation>簡稱</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Region / city</source>
        <translation>地區 / 城市</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Fax</source>
        <translation>傳真</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Account owner (user)</source>
        <translation>客戶經理（使用者）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>Group parent (company name)</source>
        <translation>所屬集團（公司名稱）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>Credit rating</source>
        <translation>信用等級</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="74"/>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="74"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="74"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="75"/>
        <source>Financial cost</source>
        <translation>財務成本</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="75"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="76"/>
        <source>Document number</source>
        <translation>單據號</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="88"/>
        <location filename="../../ui/import_wizard.py" line="95"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="337"/>
        <source>Would import %1 with %2 rows.</source>
        <translation>將匯入 %1，共 %2 行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="337"/>
        <source>Imported %1 with %2 rows.</source>
        <translation>已匯入 %1，共 %2 行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="339"/>
        <source>User %1 is not in this database: added, inactive.</source>
        <translation>使用者 %1 不在本資料庫中：已添加（停用狀態）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="342"/>
        <source>Would create %1 and update %2 from %3 rows.</source>
        <translation>將從 %3 行中新建 %1 條、更新 %2 條。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="343"/>
        <source>Created %1 and updated %2 from %3 rows.</source>
        <translation>已從 %3 行中新建 %1 條、更新 %2 條。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="346"/>
        <source>%1 already there, skipped.</source>
        <translation>%1 條已存在，已跳過。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="348"/>
        <source>Columns left out: %1</source>
        <translation>未匯入的列：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="351"/>
        <source>Rows in error, left out:</source>
        <translation>有錯誤、未匯入的行：</translation>
    </message>
</context>
<context>
    <name>InfluenceForm</name>
    <message>
        <location filename="../../ui/factions.py" line="90"/>
        <source>Influence line</source>
        <translation>影響線</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="90"/>
        <source>New influence line</source>
        <translation>新增影響線</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="92"/>
        <source>Who influences</source>
        <translation>影響者</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="93"/>
        <source>Whom</source>
        <translation>被影響者</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="97"/>
        <source>Strength</source>
        <translation>強度</translation>
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
        <translation>3 — 強</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="100"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="100"/>
        <source>(not said)</source>
        <translation>（未說明）</translation>
    </message>
    <message>
        <location filename="../../ui/factions.py" line="103"/>
        <source>Why (e.g. former colleagues, same hometown)</source>
        <translation>原因（如老同事、同鄉）</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="139"/>
        <source>Edit product line</source>
        <translation>編輯產品線</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="139"/>
        <source>Add product line</source>
        <translation>新增產品線</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="140"/>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="141"/>
        <source>English name</source>
        <translation>英文名稱</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="142"/>
        <source>Chinese name (Simplified)</source>
        <translation>中文名稱（簡體）</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="143"/>
        <source>Chinese name (Traditional)</source>
        <translation>中文名稱（繁體）</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="146"/>
        <source>Delete line</source>
        <translation>刪除產品線</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>Search accounts: Chinese, English or pinyin…</source>
        <translation>搜尋客戶：中文、英文或拼音…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>&amp;New account…</source>
        <translation>新增客戶(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>Log a &amp;visit…</source>
        <translation>記錄拜訪(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>&amp;Print / export…</source>
        <translation>列印 / 匯出(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>&amp;Trash…</source>
        <translation>資源回收筒(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>&amp;Back up now…</source>
        <translation>立即備份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>&amp;Restore from a backup…</source>
        <translation>從備份恢復(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <location filename="../../ui/main_window.py" line="746"/>
        <source>Move account to trash</source>
        <translation>將客戶移入資源回收筒</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>&amp;Portfolio (sales VP)</source>
        <translation>客戶組合（銷售副總）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>&amp;Value scoring…</source>
        <translation>客戶價值評分(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>Register &amp;attachment limit…</source>
        <translation>保密資料附件大小上限(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441"/>
        <source>All &amp;accounts (CSV / Excel)…</source>
        <translation>全部客戶(&amp;A)（CSV / Excel）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442"/>
        <source>&amp;People of this account (CSV / Excel)…</source>
        <translation>本客戶的人員(&amp;P)（CSV / Excel）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443"/>
        <source>&amp;Transactions of this account (CSV / Excel)…</source>
        <translation>本客戶的交易(&amp;T)（CSV / Excel）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>People of this account as &amp;vCards…</source>
        <translation>本客戶的人員匯出為 vCard(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445"/>
        <source>Planned visits and birthdays to the &amp;calendar (ICS)…</source>
        <translation>計劃拜訪和生日匯出到日曆(&amp;C)（ICS）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>This account&apos;s &amp;dossier (JSON, without confidential parts)…</source>
        <translation>本客戶檔案(&amp;D)（JSON，不含保密內容）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>This account&apos;s dossier with confidential parts…</source>
        <translation>本客戶檔案（含保密內容）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>&amp;Connect to team server…</source>
        <translation>連線團隊伺服器(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>Sync con&amp;flicts…</source>
        <translation>同步衝突(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
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
        <translation>概覽</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>Org chart &amp;&amp; decision process</source>
        <translation>組織結構與決策流程</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>Visits</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Complaints &amp;&amp; feedback</source>
        <translation>投訴與回饋</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Competitors</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>IP register</source>
        <translation>保密資料登記</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>Plan &amp;&amp; reviews</source>
        <translation>計劃與回顧</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>Whitespace</source>
        <translation>空白地圖</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466"/>
        <source>All tiers</source>
        <translation>全部等級</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>All types</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>All owners</source>
        <translation>全部負責人</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="564"/>
        <source>Recommended strategy</source>
        <translation>建議策略</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="566"/>
        <source>Tier moves</source>
        <translation>等級變化</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="669"/>
        <source>Only a sales VP or an administrator changes this setting of a database shared by several users</source>
        <translation>只有銷售副總或管理員可以變更多人共用資料庫的這項設定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="711"/>
        <location filename="../../ui/main_window.py" line="735"/>
        <source>New account</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="711"/>
        <source>Name (Chinese or English)</source>
        <translation>名稱（中文或英文）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="756"/>
        <location filename="../../ui/main_window.py" line="758"/>
        <source>Trash</source>
        <translation>資源回收筒</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="756"/>
        <source>The trash is empty.</source>
        <translation>資源回收筒是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="758"/>
        <location filename="../../ui/main_window.py" line="777"/>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="785"/>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="801"/>
        <source>Backed up to %1</source>
        <translation>已備份到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="813"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="826"/>
        <source>Choose an account first.</source>
        <translation>請先選擇一個客戶。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="837"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="834"/>
        <source>Unlock the IP register first (IP register section): its content is part of the export.</source>
        <translation>請先解鎖保密資料登記（在「保密資料」頁）：匯出內容包括它。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="842"/>
        <source>Export with confidential parts</source>
        <translation>匯出保密內容</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="843"/>
        <source>The file will hold the IP register in clear and the sensitive personal fields. Why is it needed? (recorded)</source>
        <translation>檔案將以明文包含保密資料登記和敏感個人資訊。為什麼需要？（將被記錄）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="857"/>
        <source>Exported to %1</source>
        <translation>已匯出到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="866"/>
        <location filename="../../ui/main_window.py" line="874"/>
        <source>Restore from a backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="875"/>
        <source>Replace the current database with this backup? The current one is kept in the backups folder.</source>
        <translation>用此備份替換當前資料庫？當前資料庫將保留在備份文件夾中。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="901"/>
        <source>%1 is in the trash now (File › Trash… restores it).</source>
        <translation>%1 已在資源回收筒中（檔案 › 資源回收筒… 可還原）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="940"/>
        <source>Register attachments</source>
        <translation>保密資料附件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="941"/>
        <source>Largest file a register item may hold (MiB):</source>
        <translation>每項保密資料可附檔案的最大大小（MiB）：</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1029"/>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1030"/>
        <source>Register item</source>
        <translation>保密資料</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1031"/>
        <source>current value</source>
        <translation>當前價值</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1032"/>
        <source>potential value</source>
        <translation>潛在價值</translation>
    </message>
</context>
<context>
    <name>ObjectiveForm</name>
    <message>
        <location filename="../../ui/plan_forms.py" line="36"/>
        <location filename="../../ui/plan_forms.py" line="40"/>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="36"/>
        <source>Add an objective</source>
        <translation>新增目標</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="42"/>
        <source>A custom objective…</source>
        <translation>自訂目標…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="45"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="46"/>
        <source>e.g. Mould trials run</source>
        <translation>例如：試模次數</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="47"/>
        <source>Actual</source>
        <translation>實績</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="48"/>
        <source>entered by hand</source>
        <translation>手動輸入</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="49"/>
        <source>derived like: %1</source>
        <translation>自動計算，同：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="56"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="57"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="58"/>
        <source>only this product&apos;s transactions count (optional)</source>
        <translation>只計該產品的交易（選填）</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="59"/>
        <source>Annual target</source>
        <translation>年度目標</translation>
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
        <translation>每季手動輸入</translation>
    </message>
</context>
<context>
    <name>ObjectivesModel</name>
    <message>
        <location filename="../../ui/models/plan.py" line="49"/>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="49"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="49"/>
        <source>Annual target</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="50"/>
        <source>Actual to date</source>
        <translation>截至目前實際</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="51"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="51"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="83"/>
        <source>Q1–Q4 must add up to the annual target</source>
        <translation>Q1–Q4 之和必須等於年度目標</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="111"/>
        <source>Change objective</source>
        <translation>修改目標</translation>
    </message>
</context>
<context>
    <name>OrgChartWidget</name>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="240"/>
        <source>Fit</source>
        <translation>適應視窗</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="245"/>
        <source>Find a person…</source>
        <translation>查找人員…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="249"/>
        <source>Everyone</source>
        <translation>全部人員</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="249"/>
        <source>Decision-makers only</source>
        <translation>僅決策者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="250"/>
        <source>Opposers and neutrals</source>
        <translation>反對者與中立者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="251"/>
        <source>No coverage owner</source>
        <translation>無人負責</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="255"/>
        <source>Compare with</source>
        <translation>對比日期</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="262"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="216"/>
        <source>Decision process:</source>
        <translation>決策流程：</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="252"/>
        <source>No contact for %1 days</source>
        <translation>%1 天未聯繫</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="269"/>
        <source>Legend</source>
        <translation>圖例</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="314"/>
        <source>Nobody at this account yet. The org chart shows the customer&apos;s people: who reports to whom, their stance toward us, their buying roles, factions and informal influence.</source>
        <translation>此客戶還沒有任何人員。組織圖呈現客戶的人員：匯報關係、對我們的態度、採購角色、派系和非正式影響。</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="319"/>
        <source>Add the first person…</source>
        <translation>新增第一位人員…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="402"/>
        <source>Move %1 in the org chart</source>
        <translation>在組織結構圖中移動%1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="422"/>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="446"/>
        <source>Moved since %1</source>
        <translation>自 %1 以來的變化</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="506"/>
        <source>Export org chart</source>
        <translation>匯出組織結構圖</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="516"/>
        <source>The org chart was not exported: %1</source>
        <translation>組織圖未匯出：%1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="536"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="537"/>
        <source>approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="538"/>
        <source>not approved yet</source>
        <translation>尚未核准</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="539"/>
        <source>Competitors</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="540"/>
        <source>Criterion</source>
        <translation>決策標準</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="541"/>
        <source>Decision due</source>
        <translation>決策日期</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="542"/>
        <source>Nobody</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="543"/>
        <source>Power map</source>
        <translation>權力地圖</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="544"/>
        <source>Power map of this project</source>
        <translation>本專案的權力地圖</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="545"/>
        <source>Reporting cycle in the data (shown broken):</source>
        <translation>資料中存在匯報關係循環（已斷開顯示）：</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="546"/>
        <source>Us</source>
        <translation>我方</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="547"/>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
</context>
<context>
    <name>OverrideForm</name>
    <message>
        <location filename="../../ui/plan_forms.py" line="185"/>
        <source>Override rating</source>
        <translation>調整評等</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="186"/>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="187"/>
        <source>Rating</source>
        <translation>評等</translation>
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
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="306"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="307"/>
        <source>Stance</source>
        <translation>態度</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="308"/>
        <source>Buying roles</source>
        <translation>採購角色</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="309"/>
        <source>Influence</source>
        <translation>影響力</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="310"/>
        <source>Our contact</source>
        <translation>我方對接人</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="311"/>
        <source>Factions</source>
        <translation>派系</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="315"/>
        <source>Add person…</source>
        <translation>添加人員…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="315"/>
        <location filename="../../ui/sections.py" line="317"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="316"/>
        <location filename="../../ui/sections.py" line="317"/>
        <location filename="../../ui/sections.py" line="374"/>
        <source>Move to trash</source>
        <translation>移入資源回收筒</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="318"/>
        <source>No one from the customer yet. Add the people you deal with — buyers, engineers, managers, the boss — with “Add person…”, or import a list (File › Import…).</source>
        <translation>尚無客戶人員。用「添加人員…」新增您往來的人——採購、工程師、經理、老闆——或匯入名單（檔案 › 匯入…）。</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="331"/>
        <source>Add person</source>
        <translation>添加人員</translation>
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
        <translation>%1 已在資源回收筒中（檔案 › 資源回收筒… 可還原）。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/person_dialog.py" line="126"/>
        <location filename="../../ui/person_dialog.py" line="150"/>
        <source>(nobody)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="94"/>
        <source>Position and stance</source>
        <translation>職位與態度</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="168"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="95"/>
        <source>Personal profile</source>
        <translation>個人檔案</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="103"/>
        <source>Export personal data…</source>
        <translation>匯出個人資料…</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="105"/>
        <source>Erase personal data…</source>
        <translation>刪除個人資料…</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="157"/>
        <source>%1 (not on the account team)</source>
        <translation>%1（不在客戶團隊中）</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="168"/>
        <source>year unknown</source>
        <translation>年份不詳</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="286"/>
        <source>Edit %1</source>
        <translation>編輯%1</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="312"/>
        <source>Export personal data</source>
        <translation>匯出個人資料</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="324"/>
        <source>Exported to %1</source>
        <translation>已匯出到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="332"/>
        <source>Erase personal data</source>
        <translation>刪除個人資料</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="333"/>
        <source>Erase every personal detail and the stance history of this person? This cannot be undone; an anonymous placeholder keeps the org chart whole.</source>
        <translation>刪除此人的全部個人資訊和態度歷史？此操作無法撤銷；組織結構圖中將保留一個匿名佔位。</translation>
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
        <translation>尚無目標：用「新增目標…」從指標目錄新增銷售額、毛利、拜訪次數……，或新增自訂目標。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="145"/>
        <source>Add objective…</source>
        <translation>新增目標…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="146"/>
        <location filename="../../ui/plan_editor.py" line="162"/>
        <location filename="../../ui/plan_editor.py" line="178"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
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
        <translation>輸入實績…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="151"/>
        <location filename="../../ui/plan_editor.py" line="206"/>
        <location filename="../../ui/plan_editor.py" line="459"/>
        <source>Objectives</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="153"/>
        <source>We commit to</source>
        <translation>我方承諾</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="153"/>
        <source>Owner</source>
        <translation>負責人</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="154"/>
        <source>Evidence</source>
        <translation>佐證</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="158"/>
        <source>No commitments yet: the services we commit to this year, each with its owner from the account team and a due date.</source>
        <translation>尚無服務承諾：填寫今年我方承諾的服務，每項都有客戶團隊中的負責人與截止日期。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="161"/>
        <source>Add commitment…</source>
        <translation>新增服務承諾…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="163"/>
        <location filename="../../ui/plan_editor.py" line="179"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="167"/>
        <location filename="../../ui/plan_editor.py" line="206"/>
        <location filename="../../ui/plan_editor.py" line="460"/>
        <source>Services we commit to</source>
        <translation>服務承諾</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="169"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="169"/>
        <source>Who</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="169"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="169"/>
        <source>Concrete task</source>
        <translation>具體任務</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="170"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="174"/>
        <source>No resources needed yet: an executive, the technical department, an outside expert — who, for what, by when.</source>
        <translation>尚無所需資源：高層、技術部門、外部專家——由誰、為何、何時完成。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="177"/>
        <source>Add resource…</source>
        <translation>新增資源…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="182"/>
        <location filename="../../ui/plan_editor.py" line="206"/>
        <location filename="../../ui/plan_editor.py" line="461"/>
        <source>Resources needed</source>
        <translation>所需資源</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="282"/>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="317"/>
        <source>Add objective</source>
        <translation>新增目標</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="326"/>
        <source>Change objective</source>
        <translation>修改目標</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="335"/>
        <source>Remove objective</source>
        <translation>移除目標</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="349"/>
        <source>Move objective</source>
        <translation>移動目標</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="362"/>
        <source>Enter actual</source>
        <translation>輸入實績</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="376"/>
        <source>Add commitment</source>
        <translation>新增服務承諾</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="390"/>
        <source>Change commitment</source>
        <translation>修改服務承諾</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="395"/>
        <location filename="../../ui/plan_editor.py" line="446"/>
        <source>Record progress</source>
        <translation>記錄進度</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="405"/>
        <source>Delete commitment</source>
        <translation>刪除服務承諾</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="420"/>
        <source>Move commitment</source>
        <translation>移動服務承諾</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="420"/>
        <source>Move resource</source>
        <translation>移動資源</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="430"/>
        <source>Add resource</source>
        <translation>新增資源</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="441"/>
        <source>Change resource</source>
        <translation>修改資源</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="455"/>
        <source>Delete resource</source>
        <translation>刪除資源</translation>
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
        <translation>新增計劃</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="62"/>
        <location filename="../../ui/planning.py" line="295"/>
        <source>Plan next year</source>
        <translation>制定明年計劃</translation>
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
        <translation>修訂</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="65"/>
        <source>Compare versions</source>
        <translation>版本對比</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="90"/>
        <source>The KAM&apos;s commentary</source>
        <translation>客戶經理說明</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="91"/>
        <source>The sales VP&apos;s comments</source>
        <translation>銷售副總意見</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="95"/>
        <source>Quarterly review</source>
        <translation>季度回顧</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="98"/>
        <location filename="../../ui/planning.py" line="348"/>
        <source>Open review</source>
        <translation>打開回顧</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="98"/>
        <source>Override rating…</source>
        <translation>調整評級…</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="99"/>
        <location filename="../../ui/planning.py" line="375"/>
        <source>Save comments</source>
        <translation>保存意見</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="99"/>
        <source>Sign off</source>
        <translation>籤署確認</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="100"/>
        <source>Reopen…</source>
        <translation>重新打開…</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="149"/>
        <source>No plan for this year</source>
        <translation>本年度尚無計劃</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="73"/>
        <source>Objectives vs actuals (% of target to date)</source>
        <translation>目標與實際（佔截至目前目標的 %）</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="223"/>
        <source>Signed off by %1 on %2</source>
        <translation>%1 於 %2 籤署確認</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="315"/>
        <source>Return the plan</source>
        <translation>退回計劃</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="315"/>
        <source>What should change?</source>
        <translation>需要修改什麼？</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="321"/>
        <source>No differences</source>
        <translation>沒有差異</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="322"/>
        <source>Changes since the previous version</source>
        <translation>與上一版本相比的變化</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="352"/>
        <source>open the quarter&apos;s review first</source>
        <translation>請先開啟本季度的回顧</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="385"/>
        <source>Reopen the review</source>
        <translation>重新打開回顧</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="385"/>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="401"/>
        <source>Share of wallet</source>
        <translation>錢包份額</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="402"/>
        <source>our sales</source>
        <translation>我方銷售額</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="403"/>
        <source>their category purchases</source>
        <translation>客戶品類採購總額</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="359"/>
        <source>select an objective in the review first</source>
        <translation>請先在回顧中選擇一個目標</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="188"/>
        <source>%1: the month in brief</source>
        <translation>%1動態</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="364"/>
        <source>Override rating</source>
        <translation>調整評級</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="390"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="395"/>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="396"/>
        <source>Open feedback</source>
        <translation>未結回饋</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="397"/>
        <source>Sales</source>
        <translation>銷售額</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="398"/>
        <source>Stance moves</source>
        <translation>態度變化</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="399"/>
        <source>Visits</source>
        <translation>拜訪</translation>
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
        <translation>客戶經理</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="126"/>
        <source>Accounts</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="127"/>
        <source>Attainment %</source>
        <translation>達成率 %</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="128"/>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="129"/>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="130"/>
        <source>Per account</source>
        <translation>每客戶</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="131"/>
        <source>Response h</source>
        <translation>響應小時</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="132"/>
        <source>Resolution h</source>
        <translation>解決小時</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="133"/>
        <source>On time %</source>
        <translation>及時率 %</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="134"/>
        <source>Visit cadence %</source>
        <translation>拜訪達成 %</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="159"/>
        <source>Value matrix</source>
        <translation>客戶價值矩陣</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="177"/>
        <location filename="../../ui/portfolio.py" line="248"/>
        <source>Potential value</source>
        <translation>潛在價值</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="178"/>
        <location filename="../../ui/portfolio.py" line="249"/>
        <source>Current value</source>
        <translation>當前價值</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="280"/>
        <source>Pareto: %1 customers (%2 %) bring 80 % of gross profit</source>
        <translation>二八分析：%1 家客戶（%2%）貢獻 80% 毛利</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="283"/>
        <source>Cumulative gross profit</source>
        <translation>累計毛利</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="296"/>
        <source>% of customers</source>
        <translation>客戶佔比 %</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="297"/>
        <source>% of gross profit</source>
        <translation>毛利佔比 %</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../ui/portfolio.py" line="77"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="77"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="77"/>
        <source>Plan</source>
        <translation>計劃</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="77"/>
        <source>On track</source>
        <translation>達標</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="77"/>
        <source>Last visit</source>
        <translation>最近拜訪</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="78"/>
        <source>Power map</source>
        <translation>權力地圖</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="78"/>
        <source>Sales 12 months</source>
        <translation>近 12 個月銷售額</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="78"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="78"/>
        <source>Incl. subsidiaries</source>
        <translation>含子公司</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="91"/>
        <source>no plan</source>
        <translation>無計劃</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="111"/>
        <source>Group total, with subsidiaries</source>
        <translation>集團合計（含子公司）</translation>
    </message>
</context>
<context>
    <name>PortfolioWindow</name>
    <message>
        <location filename="../../ui/portfolio.py" line="321"/>
        <source>Portfolio</source>
        <translation>客戶組合</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="323"/>
        <source>All owners</source>
        <translation>全部負責人</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="329"/>
        <source>Approve plan</source>
        <translation>批准計劃</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="329"/>
        <source>Return plan…</source>
        <translation>退回計劃…</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="333"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="335"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="358"/>
        <source>Accounts</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="363"/>
        <source>Value matrix</source>
        <translation>價值矩陣</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="364"/>
        <source>Pareto</source>
        <translation>二八分析</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="367"/>
        <source>Whitespace</source>
        <translation>空白地圖</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="368"/>
        <source>KAM scorecards</source>
        <translation>客戶經理考核</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="369"/>
        <source>Tier moves</source>
        <translation>等級變化</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="390"/>
        <source>● live</source>
        <translation>● 即時</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="391"/>
        <source>Refreshes by itself when a KAM submits a plan or changes a record</source>
        <translation>客戶經理提交計劃或修改記錄時自動刷新</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="406"/>
        <source>● live — updated %1</source>
        <translation>● 即時 —— %1 已更新</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="442"/>
        <source>From %1 to %2</source>
        <translation>從 %1 到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="443"/>
        <source>Iron → Gold conversion</source>
        <translation>鐵質 → 黃金 轉化率</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="456"/>
        <source>select an account with a plan</source>
        <translation>請選擇一個有計劃的客戶</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="462"/>
        <source>Return the plan</source>
        <translation>退回計劃</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="462"/>
        <source>What should change?</source>
        <translation>需要修改什麼？</translation>
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
        <translation>偏好設定</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="28"/>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="36"/>
        <source>your kam user name (empty: your login name)</source>
        <translation>您的 kam 使用者名（留空：登錄名）</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="38"/>
        <source>empty: the per-user database</source>
        <translation>留空：個人資料庫</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="40"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="41"/>
        <source>Paper size</source>
        <translation>紙張大小</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="42"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="43"/>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="46"/>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="50"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="52"/>
        <source>Lock the IP register after</source>
        <translation>保密資料登記自動鎖定時間</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="53"/>
        <source>Clear copied register content after</source>
        <translation>複製的保密內容清除時間</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="54"/>
        <source>A new user or database takes effect at the next start.</source>
        <translation>更換使用者或資料庫將在下次啟動時生效。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="206"/>
        <source>Check how the file is read</source>
        <translation>檢查檔案的讀取方式</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="220"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="222"/>
        <source>Recognised layout: %1</source>
        <translation>識別出的格式：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="224"/>
        <source>Text encoding: %1</source>
        <translation>文字編碼：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="226"/>
        <source>Account: %1</source>
        <translation>客戶：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="228"/>
        <source>%1 cards</source>
        <translation>%1 張名片</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="230"/>
        <source>Columns kam does not know (choose a field above them, or they are left out): %1</source>
        <translation>kam 不認識的列（在列上方選擇欄位，否則不匯入）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="235"/>
        <source>The first row says which field each column fills.</source>
        <translation>第一行表示每一列填入哪個欄位。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="245"/>
        <source>(leave out)</source>
        <translation>（不匯入）</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/print_dialog.py" line="68"/>
        <source>Print / export</source>
        <translation>列印 / 匯出</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="70"/>
        <source>Executive visit brief</source>
        <translation>高層拜訪簡報</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="70"/>
        <source>Account plan</source>
        <translation>客戶計劃書</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="71"/>
        <source>Quarterly review pack</source>
        <translation>季度回顧資料</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="83"/>
        <source>Only this account&apos;s KAM&apos;s accounts</source>
        <translation>僅該客戶經理負責的客戶</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="94"/>
        <source>Include confidential content (IP register, personal details)</source>
        <translation>包含保密內容（保密資料登記、個人資訊）</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="95"/>
        <source>For whom and why — printed on every page</source>
        <translation>為誰、為何列印——將印在每一頁</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="100"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="101"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="102"/>
        <source>Paper</source>
        <translation>紙張</translation>
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
        <translation>參會人員</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="108"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="109"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="111"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="113"/>
        <source>Open in viewer</source>
        <translation>在閱讀器中打開</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_dialog.py" line="188"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 頁</numerusform>
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
        <translation>新增專案…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="340"/>
        <source>Edit project…</source>
        <translation>編輯專案…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="342"/>
        <source>Criteria…</source>
        <translation>決策標準…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="344"/>
        <source>Roles…</source>
        <translation>專案角色…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="347"/>
        <source>Close project</source>
        <translation>結案</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="350"/>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="351"/>
        <source>Lost</source>
        <translation>丟單</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="353"/>
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="355"/>
        <source>Delete project…</source>
        <translation>刪除專案…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="362"/>
        <source>#</source>
        <translation>序號</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="362"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="362"/>
        <source>Planned</source>
        <translation>預計日期</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="362"/>
        <source>Actual</source>
        <translation>實際日期</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="363"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="363"/>
        <source>Actors</source>
        <translation>參與人</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="366"/>
        <source>Add step…</source>
        <translation>新增步驟…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="368"/>
        <source>Insert step…</source>
        <translation>插入步驟…</translation>
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
        <translation>編輯步驟…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="376"/>
        <source>Delete step</source>
        <translation>刪除步驟</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="417"/>
        <source>No purchasing project yet. A project is a purchase the customer plans: its budget, its decision steps and who decides. Press “New project…” to add the first one.</source>
        <translation>還沒有採購專案。採購專案是客戶計畫中的一次採購：預算、決策步驟以及由誰決策。按「新增專案…」新增第一個專案。</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="421"/>
        <source>This project has no decision steps yet. Press “Add step…” to describe how the customer will decide.</source>
        <translation>此專案還沒有決策步驟。按「新增步驟…」描述客戶將如何決策。</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="437"/>
        <source>Late</source>
        <translation>已延誤</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="483"/>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="530"/>
        <source>New purchasing project</source>
        <translation>新增採購專案</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="548"/>
        <source>Edit project %1</source>
        <translation>編輯專案 %1</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="557"/>
        <source>Close project %1</source>
        <translation>結案 %1</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="563"/>
        <source>Reopen project %1</source>
        <translation>重新開啟專案 %1</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="569"/>
        <source>Delete project</source>
        <translation>刪除專案</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="570"/>
        <source>Delete the project “%1” with its steps and criteria? Edit &gt; Undo brings it back.</source>
        <translation>刪除專案「%1」及其步驟和決策標準？可用「編輯 &gt; 復原」還原。</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="576"/>
        <source>Delete project %1</source>
        <translation>刪除專案 %1</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="584"/>
        <source>Decision criteria of %1</source>
        <translation>%1 的決策標準</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="593"/>
        <source>Roles in %1</source>
        <translation>%1 中的角色</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="609"/>
        <source>Add step %1</source>
        <translation>新增步驟 %1</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="626"/>
        <source>Edit step %1</source>
        <translation>編輯步驟 %1</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="643"/>
        <source>Move step %1</source>
        <translation>移動步驟 %1</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="655"/>
        <source>Delete step %1</source>
        <translation>刪除步驟 %1</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../ui/projects.py" line="55"/>
        <source>Purchasing project</source>
        <translation>採購專案</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="55"/>
        <source>New purchasing project</source>
        <translation>新增採購專案</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="56"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="57"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="59"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="60"/>
        <source>The customer has approved this budget</source>
        <translation>客戶已核准此預算</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="63"/>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="64"/>
        <source>Started</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="65"/>
        <source>Decision due</source>
        <translation>決策截止</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="66"/>
        <source>Problem to solve</source>
        <translation>要解決的問題</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="67"/>
        <source>Procurement plan</source>
        <translation>採購計畫</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="68"/>
        <source>Our offer</source>
        <translation>我方方案</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="69"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>RegisterSection</name>
    <message>
        <location filename="../../ui/register.py" line="307"/>
        <source>(locked)</source>
        <translation>（已鎖定）</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="310"/>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="311"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="312"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="313"/>
        <source>Classification</source>
        <translation>密級</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="314"/>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="315"/>
        <source>NDA / contract</source>
        <translation>保密協議 / 合同</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="316"/>
        <source>Return due</source>
        <translation>應歸還日期</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="318"/>
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>查看內容…</translation>
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
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="329"/>
        <location filename="../../ui/register.py" line="338"/>
        <source>Mark returned…</source>
        <translation>標記已歸還…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="330"/>
        <location filename="../../ui/register.py" line="339"/>
        <source>Mark destroyed…</source>
        <translation>標記已銷毀…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="331"/>
        <location filename="../../ui/register.py" line="339"/>
        <source>Access list…</source>
        <translation>存取名單…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="332"/>
        <location filename="../../ui/register.py" line="339"/>
        <source>Move to trash</source>
        <translation>移入資源回收筒</translation>
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
        <translation>附件另存為…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="335"/>
        <source>Change passphrase…</source>
        <translation>修改密碼…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="336"/>
        <source>Drawings, specifications and formulas entrusted to us under NDA. Content is encrypted; every opening is recorded in the audit trail.</source>
        <translation>客戶依保密協議交給我們的圖紙、規格和配方。內容加密保存；每次查看都記入稽核紀錄。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="342"/>
        <source>Nothing registered yet. When the customer entrusts us with a drawing, a specification or a formula, register it with “Add item…”: who holds it, under which NDA, when it goes back.</source>
        <translation>尚無登記。客戶交給我們圖紙、規格或配方時，用「新增…」登記：由誰保管、依據哪份保密協議、何時歸還。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="362"/>
        <source>No register passphrase yet: choose one to add items.</source>
        <translation>尚未設定保密資料密碼：設定後才能新增資料。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="363"/>
        <source>Choose passphrase…</source>
        <translation>設定密碼…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="365"/>
        <source>Unlocked — locks itself after {0} min without use.</source>
        <translation>已解鎖 —— 閒置 {0} 分鐘後自動鎖定。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="367"/>
        <source>Lock now</source>
        <translation>立即鎖定</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="369"/>
        <source>Locked: titles and content are hidden until you unlock the register.</source>
        <translation>已鎖定：解鎖前不顯示標題和內容。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="370"/>
        <source>Unlock…</source>
        <translation>解鎖…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="393"/>
        <source>Register passphrase</source>
        <translation>保密資料密碼</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="394"/>
        <source>Choose the register passphrase (at least 8 characters). It cannot be recovered if forgotten:</source>
        <translation>設定保密資料密碼（至少 8 個字符）。忘記後無法找回：</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="406"/>
        <source>Unlock the register</source>
        <translation>解鎖保密資料</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="406"/>
        <source>Register passphrase:</source>
        <translation>保密資料密碼：</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="418"/>
        <location filename="../../ui/register.py" line="421"/>
        <location filename="../../ui/register.py" line="427"/>
        <source>Change passphrase</source>
        <translation>修改密碼</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="418"/>
        <source>Current register passphrase:</source>
        <translation>當前保密資料密碼：</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="421"/>
        <source>New register passphrase:</source>
        <translation>新的保密資料密碼：</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="427"/>
        <source>The register passphrase was changed.</source>
        <translation>保密資料密碼已修改。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="475"/>
        <source>Add register item</source>
        <translation>新增保密資料</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="503"/>
        <source>Edit register item</source>
        <translation>編輯保密資料</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="520"/>
        <source>Mark %1 returned</source>
        <translation>將 %1 標記為已歸還</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="520"/>
        <source>Mark %1 destroyed</source>
        <translation>將 %1 標記為已銷毀</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="540"/>
        <source>Access list of %1</source>
        <translation>%1 的存取名單</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="549"/>
        <source>Move %1 to trash</source>
        <translation>將 %1 移入資源回收筒</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="556"/>
        <source>Attach a file to {0}</source>
        <translation>為 {0} 添加附件</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="564"/>
        <source>{0} is larger than the {1} MiB limit for register attachments</source>
        <translation>{0} 超過保密資料附件的 {1} MiB 上限</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="584"/>
        <source>Attach %1</source>
        <translation>附加 %1</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="592"/>
        <source>This item has no attachments.</source>
        <translation>此項沒有附件。</translation>
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
        <translation>%1 的關係</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="69"/>
        <source>Customer&apos;s person</source>
        <translation>客戶人員</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="71"/>
        <source>How close</source>
        <translation>親疏程度</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="73"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="74"/>
        <source>e.g. former classmates, dinner every month</source>
        <translation>例如：老同學、每月一起吃飯</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../ui/reminders.py" line="39"/>
        <source>Complaint past its response target</source>
        <translation>投訴超過響應時限</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="40"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="40"/>
        <source>Visits behind cadence</source>
        <translation>拜訪頻率落後</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="41"/>
        <source>Plan not submitted</source>
        <translation>計劃未提交</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="41"/>
        <source>Review due this quarter</source>
        <translation>本季度需回顧</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="42"/>
        <source>Register item due back</source>
        <translation>保密資料即將到期歸還</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="44"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="45"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="46"/>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="85"/>
        <source>The reminders could not be read: %1</source>
        <translation>無法讀取提醒：%1</translation>
    </message>
</context>
<context>
    <name>RepForm</name>
    <message>
        <location filename="../../ui/competitors.py" line="52"/>
        <source>Rep of %1</source>
        <translation>%1 的業務代表</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="52"/>
        <source>New rep of %1</source>
        <translation>%1 的新業務代表</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="54"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="55"/>
        <source>Style</source>
        <translation>風格</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="56"/>
        <source>e.g. technical, relationship seller, price fighter</source>
        <translation>例如：技術型、關係型、價格戰型</translation>
    </message>
    <message>
        <location filename="../../ui/competitors.py" line="57"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>ResolveForm</name>
    <message>
        <location filename="../../ui/feedback_forms.py" line="46"/>
        <source>Resolve: %1</source>
        <translation>解決：%1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="47"/>
        <source>How was it resolved?</source>
        <translation>如何解決的？</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_forms.py" line="48"/>
        <source>Customer satisfaction (1–5)</source>
        <translation>客戶滿意度（1–5）</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <location filename="../../ui/plan_forms.py" line="151"/>
        <source>Resource needed</source>
        <translation>所需資源</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="151"/>
        <source>Add a resource needed</source>
        <translation>新增所需資源</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="152"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="154"/>
        <source>Who</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="154"/>
        <source>e.g. our CTO</source>
        <translation>例如：我方技術長</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="155"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="156"/>
        <source>Concrete task</source>
        <translation>具體任務</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="157"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_forms.py" line="158"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../ui/models/plan.py" line="141"/>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="141"/>
        <source>Target</source>
        <translation>目標值</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="141"/>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="141"/>
        <source>Suggested</source>
        <translation>建議評級</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="142"/>
        <source>Rating</source>
        <translation>評級</translation>
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
        <translation>本專案中的角色</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="245"/>
        <source>Person</source>
        <translation>人員</translation>
    </message>
</context>
<context>
    <name>ScoringDialog</name>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="38"/>
        <location filename="../../ui/scoring_dialog.py" line="110"/>
        <source>Value scoring</source>
        <translation>客戶價值評分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="40"/>
        <source>Gross profit (CNY, last 12 months)</source>
        <translation>毛利（元，近 12 個月）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="41"/>
        <source>Sales revenue (CNY, last 12 months)</source>
        <translation>銷售額（元，近 12 個月）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="42"/>
        <source>Marketing cost ratio (%, lower is better)</source>
        <translation>營銷成本率（%，越低越好）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="43"/>
        <source>Industry position (1–5)</source>
        <translation>行業地位（1–5）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="44"/>
        <source>Years of cooperation</source>
        <translation>合作年限</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="45"/>
        <source>Customer satisfaction (1–5)</source>
        <translation>客戶滿意度（1–5）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="46"/>
        <source>Whitespace per year (the map&apos;s potential minus current; weight 0: off)</source>
        <translation>年度空白（地圖的潛力減去目前；權重為 0 即關閉）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="48"/>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="49"/>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="50"/>
        <source>Breakpoints for 2, 3, 4, 5 points</source>
        <translation>得 2、3、4、5 分的分界值</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="61"/>
        <source>Indicators (current value: the first three; potential value: the others)</source>
        <translation>指標（當前價值：前三項；潛在價值：其餘各項）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="66"/>
        <source>High current value from (0–100)</source>
        <translation>高當前價值起點（0–100）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="67"/>
        <source>High potential value from (0–100)</source>
        <translation>高潛在價值起點（0–100）</translation>
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
        <translation>請再輸入一次：</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="63"/>
        <source>The two entries differ; nothing was changed.</source>
        <translation>兩次輸入不一致；未做任何修改。</translation>
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
        <translation>新資料庫密碼</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="58"/>
        <source>This computer has no credential store. Choose a passphrase to encrypt {0}; it cannot be recovered if forgotten:</source>
        <translation>這臺電腦沒有憑證存放。請為加密 {0} 設定一個密碼；忘記後無法找回：</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="61"/>
        <source>Database passphrase</source>
        <translation>資料庫密碼</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="62"/>
        <source>Passphrase for {0}:</source>
        <translation>{0} 的密碼：</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="75"/>
        <source>There is no database at {0}. Create a new, empty one there?</source>
        <translation>{0} 處沒有資料庫。要在那裡新建一個空資料庫嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="86"/>
        <source>The database {0} is damaged and cannot be opened. It will be kept aside as a .broken file (nothing is deleted). Restore the newest good backup, {1}?</source>
        <translation>資料庫 {0} 已損壞，無法開啟。它將作為 .broken 檔案保留在一旁（不會刪除任何內容）。要還原最新的完好備份 {1} 嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="411"/>
        <source>Restored from {0}. The previous database was kept as {1}.</source>
        <translation>已從 {0} 還原。原來的資料庫保留為 {1}。</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../ui/projects.py" line="79"/>
        <source>Decision step</source>
        <translation>決策步驟</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="79"/>
        <source>New decision step</source>
        <translation>新增決策步驟</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="80"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="81"/>
        <source>Planned</source>
        <translation>預計日期</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="82"/>
        <source>Actual</source>
        <translation>實際日期</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="83"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="85"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="88"/>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="88"/>
        <source>What they do at this step</source>
        <translation>在此步驟中的作用</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="99"/>
        <source>Actors</source>
        <translation>參與人</translation>
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
        <translation>離線</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="141"/>
        <source>Sync failed</source>
        <translation>同步失敗</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync.py" line="143"/>
        <source>%n change waiting</source>
        <translation>
            <numerusform>%n 項變更待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync.py" line="144"/>
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n 項變更待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync.py" line="148"/>
        <source>%n conflict to resolve</source>
        <translation>
            <numerusform>%n 個衝突待解決</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync.py" line="149"/>
        <source>%n conflicts to resolve</source>
        <translation>
            <numerusform>%n 個衝突待解決</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="151"/>
        <source>Team server: %1</source>
        <translation>團隊伺服器：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="158"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="161"/>
        <source>Synced just now</source>
        <translation>剛剛已同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync.py" line="163"/>
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>%n 分鐘前已同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync.py" line="166"/>
        <source>Synced %n hour ago</source>
        <translation>
            <numerusform>%n 小時前已同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync.py" line="166"/>
        <source>Synced %n hours ago</source>
        <translation>
            <numerusform>%n 小時前已同步</numerusform>
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
        <translation>已不再與您共享，已從這台筆電移除：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync.py" line="248"/>
        <source>Sync failed: %1</source>
        <translation>同步失敗：%1</translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <location filename="../../ui/team.py" line="84"/>
        <source>Our account team</source>
        <translation>我方客戶團隊</translation>
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
        <translation>加入團隊…</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="101"/>
        <source>Change role…</source>
        <translation>變更角色…</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="103"/>
        <source>Remove from team</source>
        <translation>移出團隊</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="106"/>
        <source>Only the owner works on this account so far. Add the colleagues who serve it — technical support, service, an executive sponsor — with “Add to team…”.</source>
        <translation>目前只有負責人服務此客戶。用「加入團隊…」新增服務此客戶的同事——技術支援、售後服務、高層支持者等。</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="153"/>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="181"/>
        <source>choose a colleague or name a new one</source>
        <translation>請選擇一位同事，或填寫新同事的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="190"/>
        <source>Add to the account team</source>
        <translation>加入客戶團隊</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="207"/>
        <source>Role of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="220"/>
        <source>Remove %1 from the team</source>
        <translation>將 %1 移出團隊</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="226"/>
        <source>owner</source>
        <translation>負責人</translation>
    </message>
</context>
<context>
    <name>TeamMemberForm</name>
    <message>
        <location filename="../../ui/team.py" line="49"/>
        <source>Team member</source>
        <translation>團隊成員</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="49"/>
        <source>Add to the account team</source>
        <translation>加入客戶團隊</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="51"/>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="52"/>
        <source>(a new colleague, below)</source>
        <translation>（新同事，於下方填寫）</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="54"/>
        <source>New colleague&apos;s name</source>
        <translation>新同事姓名</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="55"/>
        <source>New colleague&apos;s user name</source>
        <translation>新同事使用者名稱</translation>
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
        <translation>暫無採購專案</translation>
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
            <numerusform>%n 位參與人</numerusform>
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
        <translation>新增交易</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="40"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="41"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="42"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="43"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="43"/>
        <source>pcs, kg, set…</source>
        <translation>件、公斤、套…</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="44"/>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="45"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="46"/>
        <source>Financial cost</source>
        <translation>財務成本</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="47"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="48"/>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="49"/>
        <source>Document no.</source>
        <translation>單據號碼</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="50"/>
        <source>Amount = quantity × unit price − discount.</source>
        <translation>金額 = 數量 × 單價 − 折扣。</translation>
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
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="63"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="64"/>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="65"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="66"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="67"/>
        <source>Financial cost</source>
        <translation>財務成本</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="68"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="69"/>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="81"/>
        <source>Add line…</source>
        <translation>新增交易…</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="81"/>
        <source>Edit line…</source>
        <translation>編輯交易…</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="82"/>
        <source>Delete line</source>
        <translation>刪除交易</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="87"/>
        <source>No transactions yet. Import them from the ERP (File › Import…) or enter a line with “Add line…”.</source>
        <translation>還沒有交易紀錄。可從 ERP 匯入（檔案 › 匯入…），或用「新增交易…」手動輸入。</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="94"/>
        <source>Imported from the ERP or entered by hand; newest first.</source>
        <translation>從 ERP 匯入或手動輸入；最新的在前。</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="107"/>
        <source>%1 lines in %2: revenue %3, gross profit %4</source>
        <translation>%2 共 %1 筆：銷售額 %3，毛利 %4</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="130"/>
        <source>Add transaction %1</source>
        <translation>新增交易 %1</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="160"/>
        <source>Edit transaction %1</source>
        <translation>編輯交易 %1</translation>
    </message>
    <message>
        <location filename="../../ui/transactions.py" line="172"/>
        <source>Delete transaction %1</source>
        <translation>刪除交易 %1</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="117"/>
        <source>Edit business unit</source>
        <translation>編輯業務單位</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="117"/>
        <source>Add business unit</source>
        <translation>新增業務單位</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="118"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="119"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="121"/>
        <source>Org-chart department</source>
        <translation>組織圖中的部門</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="125"/>
        <source>Counts transactions that name no unit</source>
        <translation>計入未註明業務單位的交易</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="128"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace_forms.py" line="130"/>
        <source>Delete unit</source>
        <translation>刪除業務單位</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../ui/views.py" line="35"/>
        <source>Choose an account first (--account).</source>
        <translation>請先選擇客戶（--account）。</translation>
    </message>
    <message>
        <location filename="../../ui/views.py" line="51"/>
        <source>Nobody at this account yet.</source>
        <translation>此客戶下尚無人員。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/visit_dialog.py" line="45"/>
        <source>Log a visit — %1</source>
        <translation>記錄拜訪——%1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="46"/>
        <source>Mark a visit done — %1</source>
        <translation>標記拜訪已完成——%1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="46"/>
        <source>Edit a visit — %1</source>
        <translation>編輯拜訪——%1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="55"/>
        <source>Type a name or pinyin to find attendees…</source>
        <translation>輸入姓名或拼音查找參會人…</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="75"/>
        <source>Done — it took place (untick for a planned visit)</source>
        <translation>已完成——已經進行（計劃中的拜訪請取消勾選）</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="95"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="96"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="98"/>
        <source>Their attendees</source>
        <translation>對方參會人</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="100"/>
        <source>Our attendees</source>
        <translation>我方參會人</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="101"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="102"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="103"/>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="104"/>
        <source>Stance changes</source>
        <translation>態度變化</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="141"/>
        <source>%1 → %2 (recorded at this visit)</source>
        <translation>%1 → %2（在此次拜訪中記錄）</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="145"/>
        <source>None recorded at this visit (a person&apos;s own page changes their stance).</source>
        <translation>此次拜訪未記錄態度變化（可在人員自己的頁面修改其態度）。</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="178"/>
        <source>(unchanged: %1)</source>
        <translation>（不變：%1）</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="217"/>
        <source>Log visit</source>
        <translation>記錄拜訪</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="250"/>
        <source>Edit visit</source>
        <translation>編輯拜訪</translation>
    </message>
</context>
<context>
    <name>VisitsSection</name>
    <message>
        <location filename="../../ui/sections.py" line="386"/>
        <source>(planned)</source>
        <translation>（計劃中）</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="388"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="389"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="390"/>
        <source>Customer attendees</source>
        <translation>客戶參會人</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="391"/>
        <source>Our attendees</source>
        <translation>我方參會人</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="392"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="393"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="394"/>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="397"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="397"/>
        <source>Mark done…</source>
        <translation>標記為已完成…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="397"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="398"/>
        <source>Log a visit… (Ctrl+Shift+V)</source>
        <translation>記錄拜訪…（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="401"/>
        <source>No visit or call logged yet. Record each visit, call or meeting — who was there, what was agreed, the next steps — with “Log a visit…”.</source>
        <translation>尚未記錄拜訪或電話。用「記錄拜訪…」記下每次拜訪、電話或會議：誰在場、談定了什麼、下一步是什麼。</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="451"/>
        <source>Delete visit</source>
        <translation>刪除拜訪</translation>
    </message>
</context>
<context>
    <name>WalletBox</name>
    <message>
        <location filename="../../ui/wallet.py" line="62"/>
        <source>Share of wallet</source>
        <translation>錢包份額</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="68"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="68"/>
        <source>Customer&apos;s category purchases</source>
        <translation>客戶採購額</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="68"/>
        <source>Our sales</source>
        <translation>我方銷售額</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="68"/>
        <source>Our share</source>
        <translation>我方份額</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="83"/>
        <source>Enter a year…</source>
        <translation>輸入年度…</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="85"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="87"/>
        <source>Remove year</source>
        <translation>刪除年度</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="90"/>
        <source>How much of our category does the customer buy in a year, from every supplier? Enter it with “Enter a year…” to see our share of their wallet.</source>
        <translation>客戶每年向所有供應商採購多少我方品類的產品？用「輸入年度…」填寫，即可看到我方的錢包份額。</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="137"/>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="148"/>
        <source>Share of wallet %1</source>
        <translation>%1 年錢包份額</translation>
    </message>
</context>
<context>
    <name>WalletForm</name>
    <message>
        <location filename="../../ui/wallet.py" line="41"/>
        <source>Share of wallet</source>
        <translation>錢包份額</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="44"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/wallet.py" line="45"/>
        <source>The customer&apos;s purchases of our category (all suppliers)</source>
        <translation>客戶對我方品類的採購總額（所有供應商）</translation>
    </message>
</context>
<context>
    <name>WhitespaceSection</name>
    <message>
        <location filename="../../ui/whitespace.py" line="57"/>
        <source>Where this account can still grow: each of the customer&apos;s business units (rows) against each of our product lines (columns). The colour is the whitespace, potential minus what they bought from us in the last 12 months.</source>
        <translation>這個客戶還能在哪裡成長：客戶的每個業務單位（列）對應我方的每條產品線（欄）。顏色表示空白，即潛力減去過去 12 個月向我方的採購額。</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="61"/>
        <source>Add business unit…</source>
        <translation>新增業務單位…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="62"/>
        <source>Add product line…</source>
        <translation>新增產品線…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="63"/>
        <source>Edit cell…</source>
        <translation>編輯儲存格…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="64"/>
        <source>Put product on a line…</source>
        <translation>將產品歸入產品線…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="65"/>
        <source>Edit unit…</source>
        <translation>編輯業務單位…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="66"/>
        <source>Edit or delete the business unit of the chosen row (or double-click its name)</source>
        <translation>編輯或刪除所選列的業務單位（或按兩下其名稱）</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="68"/>
        <source>Edit line…</source>
        <translation>編輯產品線…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="69"/>
        <source>Edit or delete the product line of the chosen column (or double-click its name)</source>
        <translation>編輯或刪除所選欄的產品線（或按兩下其名稱）</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="71"/>
        <source>Assign transactions…</source>
        <translation>指派交易…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="72"/>
        <source>Say which business unit bought which transactions</source>
        <translation>指明哪些交易由哪個業務單位採購</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="76"/>
        <source>Make objective…</source>
        <translation>轉為目標…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="77"/>
        <source>Turn the selected targeted cell into an objective of the draft plan</source>
        <translation>將所選的目標儲存格轉為草稿計劃中的目標</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="79"/>
        <source>Make purchasing project…</source>
        <translation>轉為採購專案…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="80"/>
        <source>Turn the selected targeted cell into a purchasing project of the account</source>
        <translation>將所選的目標儲存格轉為本客戶的採購專案</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="83"/>
        <source>Import potentials…</source>
        <translation>匯入潛力…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="84"/>
        <source>Enter potentials, holders, statuses and notes from a CSV or XLSX table (one row per cell); all or nothing</source>
        <translation>從 CSV 或 XLSX 表格匯入潛力、供應方、狀態和備註（每個儲存格一列）；要麼全部匯入，要麼全部不匯入</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="117"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="117"/>
        <location filename="../../ui/whitespace.py" line="457"/>
        <source>Current (12 months)</source>
        <translation>目前（12 個月）</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="118"/>
        <location filename="../../ui/whitespace.py" line="460"/>
        <source>Potential per year</source>
        <translation>年度潛力</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="118"/>
        <source>Whitespace</source>
        <translation>空白地圖</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="119"/>
        <source>Share of wallet</source>
        <translation>錢包份額</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="119"/>
        <location filename="../../ui/whitespace.py" line="461"/>
        <source>Held by</source>
        <translation>供應方</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="120"/>
        <location filename="../../ui/whitespace.py" line="465"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="121"/>
        <source>More is bought from us than the potential: check the potential</source>
        <translation>向我方的採購額超過潛力：請核對潛力</translation>
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
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="141"/>
        <location filename="../../ui/whitespace.py" line="149"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="142"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="147"/>
        <source>Why not on the map</source>
        <translation>未計入地圖的原因</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="148"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="186"/>
        <source>an objective of the plan</source>
        <translation>計劃中的目標</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="187"/>
        <source>a purchasing project</source>
        <translation>採購專案</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="188"/>
        <source>Whitespace: none or unknown</source>
        <translation>空白：無或未知</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="188"/>
        <source>the largest of this account</source>
        <translation>本客戶最大</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="189"/>
        <source>potential below current</source>
        <translation>潛力低於目前</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="189"/>
        <source>second line: share of wallet</source>
        <translation>第二行：錢包份額</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="205"/>
        <source>No whitespace map yet. Add the customer&apos;s plants, divisions, subsidiaries or regions as business units; each gets a row against our product lines, with what they buy from us, from a competitor or not at all.</source>
        <translation>還沒有空白地圖。請把客戶的工廠、事業部、子公司或區域新增為業務單位；每個業務單位佔一列，對應我方各產品線，記錄他們向我方、向競爭對手採購還是尚未採購。</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="208"/>
        <source>Add the first business unit…</source>
        <translation>新增第一個業務單位…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="211"/>
        <source>Our product catalogue is empty. Add our product lines (or import them: kam catalogue import); each becomes a column of the map.</source>
        <translation>我方產品目錄為空。請新增我方產品線（或匯入：kam catalogue import）；每條產品線成為地圖的一欄。</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="213"/>
        <source>Add the first product line…</source>
        <translation>新增第一條產品線…</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="224"/>
        <source>Our product lines are kept by a sales VP or an administrator</source>
        <translation>我方產品線由銷售副總或管理員維護</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="231"/>
        <source>Transactions of the last 12 months not on the map: %1</source>
        <translation>過去 12 個月未計入地圖的交易：%1</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="238"/>
        <source>Click a cell to see its transactions.</source>
        <translation>點擊儲存格查看其交易。</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="263"/>
        <source>%1 × %2: %3 transaction(s) in the last 12 months</source>
        <translation>%1 × %2：過去 12 個月 %3 筆交易</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="268"/>
        <source>%1 supplies here: %2</source>
        <translation>%1 在此供應：%2</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="273"/>
        <source>Objective %1: %2 of %3</source>
        <translation>%1 年目標：%2 / %3</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="276"/>
        <source>Purchasing project: %1 (%2)</source>
        <translation>採購專案：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="320"/>
        <source>Add business unit</source>
        <translation>新增業務單位</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="343"/>
        <source>Edit business unit</source>
        <translation>編輯業務單位</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="354"/>
        <source>Delete business unit</source>
        <translation>刪除業務單位</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="403"/>
        <source>Edit product line</source>
        <translation>編輯產品線</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="414"/>
        <source>Delete product line</source>
        <translation>刪除產品線</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="441"/>
        <source>Assign transactions</source>
        <translation>指派交易</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="565"/>
        <location filename="../../ui/whitespace.py" line="581"/>
        <source>Make purchasing project</source>
        <translation>轉為採購專案</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="566"/>
        <source>Project</source>
        <translation>專案</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="566"/>
        <source>%1 at %2</source>
        <translation>%2：%1</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="568"/>
        <source>Its budget is the cell&apos;s whitespace, its problem to solve the cell&apos;s note; fill in the rest under Purchasing projects.</source>
        <translation>預算取該儲存格的空白，待解決的問題取儲存格的備註；其餘內容請在「採購專案」中填寫。</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="595"/>
        <location filename="../../ui/whitespace.py" line="607"/>
        <location filename="../../ui/whitespace.py" line="618"/>
        <source>Import potentials</source>
        <translation>匯入潛力</translation>
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
        <translation>表格中有本客戶尚未建立的業務單位：
%1

要新增嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="619"/>
        <source>%1: %2 row(s), %3 cell(s) entered, %4 updated.</source>
        <translation>%1：共 %2 列，新輸入 %3 個儲存格，更新 %4 個。</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="380"/>
        <source>Add product line</source>
        <translation>新增產品線</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="456"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="459"/>
        <source>estimated annual spend, %1</source>
        <translation>預估年採購額，%1</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="463"/>
        <source>Competitor</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="469"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="490"/>
        <source>Edit whitespace cell</source>
        <translation>編輯空白地圖儲存格</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="504"/>
        <location filename="../../ui/whitespace.py" line="509"/>
        <location filename="../../ui/whitespace.py" line="523"/>
        <source>Put product on a line</source>
        <translation>將產品歸入產品線</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="510"/>
        <source>Product line for “%1”</source>
        <translation>「%1」的產品線</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="532"/>
        <location filename="../../ui/whitespace.py" line="553"/>
        <source>Make objective</source>
        <translation>轉為目標</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="534"/>
        <source>Annual target (%1)</source>
        <translation>年度目標（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/whitespace.py" line="535"/>
        <source>Plan year</source>
        <translation>計劃年度</translation>
    </message>
</context>
<context>
    <name>WhitespaceTab</name>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="85"/>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="89"/>
        <source>Product line</source>
        <translation>產品線</translation>
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
        <translation>年度潛力</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="92"/>
        <location filename="../../ui/portfolio_whitespace.py" line="105"/>
        <source>Current (12 months)</source>
        <translation>目前（12 個月）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="93"/>
        <location filename="../../ui/portfolio_whitespace.py" line="106"/>
        <source>Share of wallet</source>
        <translation>錢包份額</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="94"/>
        <source>Held by us</source>
        <translation>我方供應</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="95"/>
        <source>Held by competitors</source>
        <translation>競爭對手供應</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="96"/>
        <source>In-house</source>
        <translation>客戶自產</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="97"/>
        <source>Nobody yet</source>
        <translation>尚無人供應</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="102"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="110"/>
        <source>No account has a whitespace map yet. A KAM builds one in the account&apos;s Whitespace section: the customer&apos;s business units against our product lines.</source>
        <translation>還沒有客戶建立空白地圖。客戶經理可在客戶檔案的「空白地圖」部分建立：客戶的業務單位對照我方產品線。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="123"/>
        <source>By product line, largest uncaptured potential first (double-click: the accounts)</source>
        <translation>依產品線，尚未拿下的潛力最大者在前（按兩下：查看相關客戶）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="126"/>
        <source>By tier (double-click: the accounts)</source>
        <translation>依等級（按兩下：查看相關客戶）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="187"/>
        <source>%1 accounts with a whitespace map, %2 to %3 (%4): whitespace %5 of a potential of %6 per year; share of wallet %7.</source>
        <translation>%1 個客戶有空白地圖，%2 至 %3（%4）：年度潛力 %6 中空白 %5；錢包份額 %7。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="204"/>
        <source>Whitespace in %1</source>
        <translation>%1 的空白</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_whitespace.py" line="212"/>
        <source>Whitespace of the %1 accounts</source>
        <translation>%1 客戶的空白</translation>
    </message>
</context>
</TS>
