<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <location filename="../../ui/portfolio.py" line="119"/>
        <source>KAM</source>
        <translation>客戶經理</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="119"/>
        <source>Accounts</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="119"/>
        <source>Attainment %</source>
        <translation>達成率 %</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="119"/>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="119"/>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="119"/>
        <source>Per account</source>
        <translation>每客戶</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="120"/>
        <source>Response h</source>
        <translation>響應小時</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="120"/>
        <source>Resolution h</source>
        <translation>解決小時</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="120"/>
        <source>On time %</source>
        <translation>及時率 %</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="120"/>
        <source>Visit cadence %</source>
        <translation>拜訪達成 %</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/sections.py" line="138"/>
        <source>Basic information</source>
        <translation>基本資訊</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="138"/>
        <source>The customer&apos;s business</source>
        <translation>客戶經營情況</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="139"/>
        <source>Our analysis (SWOT, culture)</source>
        <translation>我方分析（SWOT、文化）</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="215"/>
        <source>Edit %1</source>
        <translation>編輯%1</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../ui/models/accounts.py" line="147"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/models/accounts.py" line="147"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../ui/models/accounts.py" line="147"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/models/accounts.py" line="147"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/models/accounts.py" line="147"/>
        <source>Last visit</source>
        <translation>最近拜訪</translation>
    </message>
    <message>
        <location filename="../../ui/models/accounts.py" line="148"/>
        <source>Plan</source>
        <translation>計劃</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <location filename="../../ui/register.py" line="132"/>
        <source>Add register item</source>
        <translation>新增保密資料</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="152"/>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="152"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="153"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="153"/>
        <source>Classification</source>
        <translation>密級</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="154"/>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="155"/>
        <source>NDA / contract</source>
        <translation>保密協議 / 合同</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="156"/>
        <source>Return due</source>
        <translation>應歸還日期</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="157"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="158"/>
        <source>Storage location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="159"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="170"/>
        <source>Content (title, description, location, notes) is stored encrypted.</source>
        <translation>內容（標題、說明、存放位置、備註）加密保存。</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="262"/>
        <source>Check, then import</source>
        <translation>檢查，然後匯入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="263"/>
        <source>Nothing is written until you press Import, and then everything or nothing.</source>
        <translation>按「匯入」之前不會寫入任何內容；匯入時要麼全部寫入，要麼全部不寫。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="265"/>
        <source>Skip it</source>
        <translation>跳過</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="266"/>
        <source>Update it from the file</source>
        <translation>用檔案中的內容更新</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="267"/>
        <source>Merge: fill only its empty fields</source>
        <translation>合併：只填寫空白欄位</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="268"/>
        <source>Leave out the rows in error and import the rest</source>
        <translation>跳過有錯誤的行，匯入其餘行</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="272"/>
        <source>Already there</source>
        <translation>已存在的記錄</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="305"/>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="312"/>
        <source>Importing… %1 rows read</source>
        <translation>正在匯入…已讀取 %1 行</translation>
    </message>
</context>
<context>
    <name>CompetitorsSection</name>
    <message>
        <location filename="../../ui/sections.py" line="443"/>
        <source>Competitor</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="444"/>
        <source>Products used</source>
        <translation>所用產品</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="445"/>
        <source>Customer satisfaction</source>
        <translation>客戶滿意度</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="446"/>
        <source>Est. share</source>
        <translation>估計份額</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="447"/>
        <source>Strengths</source>
        <translation>優勢</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="448"/>
        <source>Weaknesses</source>
        <translation>劣勢</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="451"/>
        <source>Add competitor…</source>
        <translation>添加競爭對手…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="458"/>
        <location filename="../../ui/sections.py" line="468"/>
        <source>Add competitor</source>
        <translation>添加競爭對手</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="458"/>
        <source>Name</source>
        <translation>姓名</translation>
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
    <name>ContentDialog</name>
    <message>
        <location filename="../../ui/register.py" line="97"/>
        <source>Register item {0}</source>
        <translation>保密資料 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="98"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="98"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="99"/>
        <source>Storage location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="99"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="105"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="106"/>
        <source>Copied register content is cleared from the clipboard after {0} s</source>
        <translation>複製的保密內容將在 {0} 秒後從剪貼簿清除</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="116"/>
        <source>This opening is recorded in the audit trail.</source>
        <translation>本次查看已記入稽核紀錄。</translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <location filename="../../ui/sections.py" line="331"/>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="332"/>
        <location filename="../../ui/sections.py" line="355"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="333"/>
        <location filename="../../ui/sections.py" line="351"/>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="334"/>
        <source>Routed to</source>
        <translation>責任部門</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="335"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="336"/>
        <source>Responded</source>
        <translation>已響應</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="337"/>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="338"/>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="341"/>
        <source>New feedback…</source>
        <translation>新增回饋…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="341"/>
        <location filename="../../ui/sections.py" line="394"/>
        <source>Mark responded</source>
        <translation>標記為已響應</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="342"/>
        <source>Resolve…</source>
        <translation>解決…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="351"/>
        <location filename="../../ui/sections.py" line="355"/>
        <location filename="../../ui/sections.py" line="359"/>
        <location filename="../../ui/sections.py" line="375"/>
        <source>New feedback</source>
        <translation>新增回饋</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="359"/>
        <source>Route to</source>
        <translation>轉交</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="400"/>
        <location filename="../../ui/sections.py" line="403"/>
        <location filename="../../ui/sections.py" line="405"/>
        <source>Resolve</source>
        <translation>解決</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="400"/>
        <source>How was it resolved?</source>
        <translation>如何解決的？</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="403"/>
        <source>Customer satisfaction (1–5)</source>
        <translation>客戶滿意度（1–5）</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="132"/>
        <source>Choose the file</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="133"/>
        <source>A CRM export (Salesforce, Odoo, HubSpot), a contact list in Excel, the ERP&apos;s transactions, vCards from a phone or Outlook, or a kam dossier.</source>
        <translation>CRM 匯出檔案（Salesforce、Odoo、HubSpot）、Excel 聯繫人表、ERP 交易記錄、手機或 Outlook 的 vCard，或 kam 客戶檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="136"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="146"/>
        <source>Detect</source>
        <translation>自動識別</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="149"/>
        <source>the first sheet</source>
        <translation>第一個工作表</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="151"/>
        <source>(only as named in the file)</source>
        <translation>（僅按檔案中的名稱）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="161"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="162"/>
        <source>Contents</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="163"/>
        <source>Text encoding</source>
        <translation>文字編碼</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="164"/>
        <source>Excel sheet</source>
        <translation>Excel 工作表</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="165"/>
        <source>Account for rows that name none</source>
        <translation>未註明客戶的行歸入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="170"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="171"/>
        <source>Importable files (*.csv *.txt *.xlsx *.vcf *.json);;All files (*)</source>
        <translation>可匯入的檔案 (*.csv *.txt *.xlsx *.vcf *.json);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="46"/>
        <source>Recognise from the file</source>
        <translation>根據檔案識別</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="47"/>
        <source>Accounts (CSV / Excel)</source>
        <translation>客戶（CSV / Excel）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="48"/>
        <source>People (CSV / Excel)</source>
        <translation>人員（CSV / Excel）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="49"/>
        <source>Transactions from the ERP (CSV / Excel)</source>
        <translation>ERP 交易記錄（CSV / Excel）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="50"/>
        <source>vCards (.vcf)</source>
        <translation>vCard 名片 (.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="51"/>
        <source>A kam dossier (.json)</source>
        <translation>kam 客戶檔案 (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="58"/>
        <source>Company name</source>
        <translation>公司名稱</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="60"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="62"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="62"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="62"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="63"/>
        <source>Name in Latin letters (pinyin)</source>
        <translation>拼音 / 英文名</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="63"/>
        <source>Job title</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="63"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="64"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="64"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="64"/>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="64"/>
        <source>Company (account)</source>
        <translation>公司（客戶）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="65"/>
        <source>Company id (CRM)</source>
        <translation>公司編號（CRM）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="65"/>
        <source>Reports to (name)</source>
        <translation>直屬上級（姓名）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>Reports to (CRM id)</source>
        <translation>直屬上級（CRM 編號）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>Id in the CRM</source>
        <translation>CRM 編號</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67"/>
        <source>English name</source>
        <translation>英文名稱</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67"/>
        <source>Short name</source>
        <translation>簡稱</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="68"/>
        <source>Industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="68"/>
        <source>Region / city</source>
        <translation>地區 / 城市</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="68"/>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="68"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>Fax</source>
        <translation>傳真</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>Account owner (user)</source>
        <translation>客戶經理（使用者）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Group parent (company name)</source>
        <translation>所屬集團（公司名稱）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Credit rating</source>
        <translation>信用等級</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73"/>
        <source>Financial cost</source>
        <translation>財務成本</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="74"/>
        <source>Document number</source>
        <translation>單據號</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="86"/>
        <location filename="../../ui/import_wizard.py" line="93"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="332"/>
        <source>Would import %1 with %2 rows.</source>
        <translation>將匯入 %1，共 %2 行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="332"/>
        <source>Imported %1 with %2 rows.</source>
        <translation>已匯入 %1，共 %2 行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="334"/>
        <source>User %1 is not in this database: added, inactive.</source>
        <translation>使用者 %1 不在本資料庫中：已添加（停用狀態）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="337"/>
        <source>Would create %1 and update %2 from %3 rows.</source>
        <translation>將從 %3 行中新建 %1 條、更新 %2 條。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="338"/>
        <source>Created %1 and updated %2 from %3 rows.</source>
        <translation>已從 %3 行中新建 %1 條、更新 %2 條。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="341"/>
        <source>%1 already there, skipped.</source>
        <translation>%1 條已存在，已跳過。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="343"/>
        <source>Columns left out: %1</source>
        <translation>未匯入的列：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="346"/>
        <source>Rows in error, left out:</source>
        <translation>有錯誤、未匯入的行：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Search accounts: Chinese, English or pinyin…</source>
        <translation>搜尋客戶：中文、英文或拼音…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;New account…</source>
        <translation>新增客戶(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Log a &amp;visit…</source>
        <translation>記錄拜訪(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>&amp;Print / export…</source>
        <translation>列印 / 匯出(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>&amp;Trash…</source>
        <translation>資源回收筒(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>&amp;Back up now…</source>
        <translation>立即備份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>&amp;Restore from a backup…</source>
        <translation>從備份恢復(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Move account to trash</source>
        <translation>將客戶移入資源回收筒</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>&amp;Portfolio (sales VP)</source>
        <translation>客戶組合（銷售副總）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>&amp;Value scoring…</source>
        <translation>客戶價值評分(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>All &amp;accounts (CSV / Excel)…</source>
        <translation>全部客戶(&amp;A)（CSV / Excel）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>&amp;People of this account (CSV / Excel)…</source>
        <translation>本客戶的人員(&amp;P)（CSV / Excel）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>&amp;Transactions of this account (CSV / Excel)…</source>
        <translation>本客戶的交易(&amp;T)（CSV / Excel）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>People of this account as &amp;vCards…</source>
        <translation>本客戶的人員匯出為 vCard(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Planned visits and birthdays to the &amp;calendar (ICS)…</source>
        <translation>計劃拜訪和生日匯出到日曆(&amp;C)（ICS）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>This account&apos;s &amp;dossier (JSON, without confidential parts)…</source>
        <translation>本客戶檔案(&amp;D)（JSON，不含保密內容）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>This account&apos;s dossier with confidential parts…</source>
        <translation>本客戶檔案（含保密內容）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Overview</source>
        <translation>概覽</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Org chart &amp;&amp; decision process</source>
        <translation>組織結構與決策流程</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Visits</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Complaints &amp;&amp; feedback</source>
        <translation>投訴與回饋</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Competitors</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>IP register</source>
        <translation>保密資料登記</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Plan &amp;&amp; reviews</source>
        <translation>計劃與回顧</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>All tiers</source>
        <translation>全部等級</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>All types</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>All owners</source>
        <translation>全部負責人</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Recommended strategy</source>
        <translation>建議策略</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Tier moves</source>
        <translation>等級變化</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>New account</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Name (Chinese or English)</source>
        <translation>名稱（中文或英文）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>Trash</source>
        <translation>資源回收筒</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>The trash is empty.</source>
        <translation>資源回收筒是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <location filename="../../ui/main_window.py" line="412"/>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>Choose an account first.</source>
        <translation>請先選擇一個客戶。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <source>Unlock the IP register first (IP register section): its content is part of the export.</source>
        <translation>請先解鎖保密資料登記（在「保密資料」頁）：匯出內容包括它。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>Export with confidential parts</source>
        <translation>匯出保密內容</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479"/>
        <source>The file will hold the IP register in clear and the sensitive personal fields. Why is it needed? (recorded)</source>
        <translation>檔案將以明文包含保密資料登記和敏感個人資訊。為什麼需要？（將被記錄）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="493"/>
        <source>Exported to %1</source>
        <translation>已匯出到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502"/>
        <location filename="../../ui/main_window.py" line="510"/>
        <source>Restore from a backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511"/>
        <source>Replace the current database with this backup? The current one is kept in the backups folder.</source>
        <translation>用此備份替換當前資料庫？當前資料庫將保留在備份文件夾中。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="560"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="570"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="571"/>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="572"/>
        <source>current value</source>
        <translation>當前價值</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="573"/>
        <source>potential value</source>
        <translation>潛在價值</translation>
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
        <location filename="../../ui/models/plan.py" line="106"/>
        <source>Change objective</source>
        <translation>修改目標</translation>
    </message>
</context>
<context>
    <name>OrgChartWidget</name>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="170"/>
        <source>Fit</source>
        <translation>適應視窗</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="174"/>
        <source>Find a person…</source>
        <translation>查找人員…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="178"/>
        <source>Everyone</source>
        <translation>全部人員</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="178"/>
        <source>Decision-makers only</source>
        <translation>僅決策者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="179"/>
        <source>Opposers and neutrals</source>
        <translation>反對者與中立者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="180"/>
        <source>No coverage owner</source>
        <translation>無人負責</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="184"/>
        <source>Compare with</source>
        <translation>對比日期</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="190"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="158"/>
        <source>Decision process:</source>
        <translation>決策流程：</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="181"/>
        <source>No contact for %1 days</source>
        <translation>%1 天未聯繫</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="290"/>
        <source>Move %1 in the org chart</source>
        <translation>在組織結構圖中移動%1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="309"/>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="333"/>
        <source>Moved since %1</source>
        <translation>自 %1 以來的變化</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="385"/>
        <source>Export org chart</source>
        <translation>匯出組織結構圖</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="406"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="407"/>
        <source>Competitors</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="408"/>
        <source>Criterion</source>
        <translation>決策標準</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="409"/>
        <source>Decision due</source>
        <translation>決策日期</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="410"/>
        <source>Nobody</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="411"/>
        <source>Power map</source>
        <translation>權力地圖</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="412"/>
        <source>Power map of this project</source>
        <translation>本專案的權力地圖</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="413"/>
        <source>Reporting cycle in the data (shown broken):</source>
        <translation>資料中存在匯報關係循環（已斷開顯示）：</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="414"/>
        <source>Us</source>
        <translation>我方</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="415"/>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../ui/sections.py" line="237"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="238"/>
        <source>Title</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="239"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="240"/>
        <source>Stance</source>
        <translation>態度</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="241"/>
        <source>Buying roles</source>
        <translation>採購角色</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="242"/>
        <source>Influence</source>
        <translation>影響力</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="243"/>
        <source>Our contact</source>
        <translation>我方對接人</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="244"/>
        <source>Factions</source>
        <translation>派系</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="248"/>
        <source>Add person…</source>
        <translation>添加人員…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="248"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="249"/>
        <location filename="../../ui/sections.py" line="288"/>
        <source>Move to trash</source>
        <translation>移入資源回收筒</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="260"/>
        <source>Add person</source>
        <translation>添加人員</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="260"/>
        <source>Name (in its own script)</source>
        <translation>姓名（原文）</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="273"/>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/person_dialog.py" line="90"/>
        <location filename="../../ui/person_dialog.py" line="114"/>
        <source>(nobody)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="58"/>
        <source>Position and stance</source>
        <translation>職位與態度</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="130"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="59"/>
        <source>Personal profile</source>
        <translation>個人檔案</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="67"/>
        <source>Export personal data…</source>
        <translation>匯出個人資料…</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="69"/>
        <source>Erase personal data…</source>
        <translation>刪除個人資料…</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="244"/>
        <source>Edit %1</source>
        <translation>編輯%1</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="274"/>
        <source>Export personal data</source>
        <translation>匯出個人資料</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="287"/>
        <source>Erase personal data</source>
        <translation>刪除個人資料</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="288"/>
        <source>Erase every personal detail and the stance history of this person? This cannot be undone; an anonymous placeholder keeps the org chart whole.</source>
        <translation>刪除此人的全部個人資訊和態度歷史？此操作無法撤銷；組織結構圖中將保留一個匿名佔位。</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="300"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/planning.py" line="60"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="63"/>
        <location filename="../../ui/planning.py" line="294"/>
        <source>New plan</source>
        <translation>新增計劃</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="63"/>
        <location filename="../../ui/planning.py" line="299"/>
        <source>Plan next year</source>
        <translation>制定明年計劃</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="64"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="64"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="65"/>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="65"/>
        <location filename="../../ui/planning.py" line="305"/>
        <source>Revise</source>
        <translation>修訂</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="66"/>
        <source>Compare versions</source>
        <translation>版本對比</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="78"/>
        <source>Add commitment…</source>
        <translation>添加服務承諾…</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="78"/>
        <source>Add resource…</source>
        <translation>添加資源…</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="79"/>
        <source>Record progress…</source>
        <translation>記錄進展…</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="79"/>
        <source>Enter actual…</source>
        <translation>錄入實際…</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="101"/>
        <source>The KAM&apos;s commentary</source>
        <translation>客戶經理說明</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="102"/>
        <source>The sales VP&apos;s comments</source>
        <translation>銷售副總意見</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="106"/>
        <source>Quarterly review</source>
        <translation>季度回顧</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="109"/>
        <location filename="../../ui/planning.py" line="410"/>
        <source>Open review</source>
        <translation>打開回顧</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="109"/>
        <source>Override rating…</source>
        <translation>調整評級…</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="110"/>
        <location filename="../../ui/planning.py" line="439"/>
        <source>Save comments</source>
        <translation>保存意見</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="110"/>
        <source>Sign off</source>
        <translation>籤署確認</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="111"/>
        <source>Reopen…</source>
        <translation>重新打開…</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="157"/>
        <source>No plan for this year</source>
        <translation>本年度尚無計劃</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="204"/>
        <source>Objectives vs actuals (% of target to date)</source>
        <translation>目標與實際（佔截至目前目標的 %）</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="205"/>
        <source>Attainment %</source>
        <translation>達成率 %</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="244"/>
        <source>Signed off by %1 on %2</source>
        <translation>%1 於 %2 籤署確認</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="317"/>
        <source>Return the plan</source>
        <translation>退回計劃</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="317"/>
        <source>What should change?</source>
        <translation>需要修改什麼？</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="323"/>
        <source>No differences</source>
        <translation>沒有差異</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="324"/>
        <source>Changes since the previous version</source>
        <translation>與上一版本相比的變化</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="328"/>
        <location filename="../../ui/planning.py" line="330"/>
        <source>Add commitment</source>
        <translation>添加服務承諾</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="328"/>
        <source>The service we commit to</source>
        <translation>我方承諾的服務</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="337"/>
        <location filename="../../ui/planning.py" line="340"/>
        <location filename="../../ui/planning.py" line="343"/>
        <location filename="../../ui/planning.py" line="345"/>
        <source>Add resource</source>
        <translation>添加資源</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="337"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="340"/>
        <source>Who</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="343"/>
        <source>Concrete task</source>
        <translation>具體任務</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="352"/>
        <location filename="../../ui/planning.py" line="358"/>
        <location filename="../../ui/planning.py" line="363"/>
        <location filename="../../ui/planning.py" line="365"/>
        <location filename="../../ui/planning.py" line="370"/>
        <source>Record progress</source>
        <translation>記錄進展</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="352"/>
        <source>Commitment or resource</source>
        <translation>服務承諾或資源</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="358"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="363"/>
        <source>Evidence</source>
        <translation>佐證</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="376"/>
        <location filename="../../ui/planning.py" line="379"/>
        <location filename="../../ui/planning.py" line="382"/>
        <location filename="../../ui/planning.py" line="386"/>
        <source>Enter actual</source>
        <translation>錄入實際</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="376"/>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="379"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="382"/>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="414"/>
        <source>open the quarter&apos;s review first</source>
        <translation>請先開啟本季度的回顧</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="449"/>
        <source>Reopen the review</source>
        <translation>重新打開回顧</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="449"/>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="421"/>
        <source>select an objective in the review first</source>
        <translation>請先在回顧中選擇一個目標</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="424"/>
        <location filename="../../ui/planning.py" line="427"/>
        <location filename="../../ui/planning.py" line="431"/>
        <source>Override rating</source>
        <translation>調整評級</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="424"/>
        <source>Rating</source>
        <translation>評級</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="427"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="454"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="459"/>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="460"/>
        <source>Open feedback</source>
        <translation>未結回饋</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="461"/>
        <source>Resources needed</source>
        <translation>所需資源</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="462"/>
        <source>Sales</source>
        <translation>銷售額</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="463"/>
        <source>Services we commit to</source>
        <translation>服務承諾</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="464"/>
        <source>Stance moves</source>
        <translation>態度變化</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="465"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="466"/>
        <source>Visits</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <location filename="../../ui/planning.py" line="467"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <location filename="../../ui/portfolio.py" line="129"/>
        <source>Value matrix</source>
        <translation>客戶價值矩陣</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="140"/>
        <source>Potential value</source>
        <translation>潛在價值</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="141"/>
        <source>Current value</source>
        <translation>當前價值</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="173"/>
        <source>Pareto: %1 customers (%2 %) bring 80 % of gross profit</source>
        <translation>二八分析：%1 家客戶（%2%）貢獻 80% 毛利</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="176"/>
        <source>Cumulative gross profit</source>
        <translation>累計毛利</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="189"/>
        <source>% of customers</source>
        <translation>客戶佔比 %</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="190"/>
        <source>% of gross profit</source>
        <translation>毛利佔比 %</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../ui/portfolio.py" line="71"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="71"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="71"/>
        <source>Plan</source>
        <translation>計劃</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="71"/>
        <source>On track</source>
        <translation>達標</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="71"/>
        <source>Last visit</source>
        <translation>最近拜訪</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="72"/>
        <source>Power map</source>
        <translation>權力地圖</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="72"/>
        <source>Sales 12 months</source>
        <translation>近 12 個月銷售額</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="72"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="85"/>
        <source>no plan</source>
        <translation>無計劃</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="104"/>
        <source>Group total, with subsidiaries</source>
        <translation>集團合計（含子公司）</translation>
    </message>
</context>
<context>
    <name>PortfolioWindow</name>
    <message>
        <location filename="../../ui/portfolio.py" line="214"/>
        <source>Portfolio</source>
        <translation>客戶組合</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="216"/>
        <source>All owners</source>
        <translation>全部負責人</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="222"/>
        <source>Approve plan</source>
        <translation>批准計劃</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="222"/>
        <source>Return plan…</source>
        <translation>退回計劃…</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="226"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="228"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="251"/>
        <source>Accounts</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="256"/>
        <source>Value matrix</source>
        <translation>價值矩陣</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="257"/>
        <source>Pareto</source>
        <translation>二八分析</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="258"/>
        <source>KAM scorecards</source>
        <translation>客戶經理考核</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="259"/>
        <source>Tier moves</source>
        <translation>等級變化</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="276"/>
        <source>● live</source>
        <translation>● 即時</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="277"/>
        <source>Refreshes by itself when a KAM submits a plan or changes a record</source>
        <translation>客戶經理提交計劃或修改記錄時自動刷新</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="292"/>
        <source>● live — updated %1</source>
        <translation>● 即時 —— %1 已更新</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="336"/>
        <source>select an account with a plan</source>
        <translation>請選擇一個有計劃的客戶</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="342"/>
        <source>Return the plan</source>
        <translation>退回計劃</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="342"/>
        <source>What should change?</source>
        <translation>需要修改什麼？</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.py" line="347"/>
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
        <location filename="../../ui/import_wizard.py" line="201"/>
        <source>Check how the file is read</source>
        <translation>檢查檔案的讀取方式</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="215"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="217"/>
        <source>Recognised layout: %1</source>
        <translation>識別出的格式：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="219"/>
        <source>Text encoding: %1</source>
        <translation>文字編碼：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="221"/>
        <source>Account: %1</source>
        <translation>客戶：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="223"/>
        <source>%1 cards</source>
        <translation>%1 張名片</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="225"/>
        <source>Columns kam does not know (choose a field above them, or they are left out): %1</source>
        <translation>kam 不認識的列（在列上方選擇欄位，否則不匯入）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="230"/>
        <source>The first row says which field each column fills.</source>
        <translation>第一行表示每一列填入哪個欄位。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="240"/>
        <source>(leave out)</source>
        <translation>（不匯入）</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/print_dialog.py" line="67"/>
        <source>Print / export</source>
        <translation>列印 / 匯出</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="69"/>
        <source>Executive visit brief</source>
        <translation>高層拜訪簡報</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="69"/>
        <source>Account plan</source>
        <translation>客戶計劃書</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="70"/>
        <source>Quarterly review pack</source>
        <translation>季度回顧資料</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="82"/>
        <source>Only this account&apos;s KAM&apos;s accounts</source>
        <translation>僅該客戶經理負責的客戶</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="93"/>
        <source>Include confidential content (IP register, personal details)</source>
        <translation>包含保密內容（保密資料登記、個人資訊）</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="94"/>
        <source>For whom and why — printed on every page</source>
        <translation>為誰、為何列印——將印在每一頁</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="99"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="100"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="101"/>
        <source>Paper</source>
        <translation>紙張</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="102"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="103"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="105"/>
        <source>Attendees</source>
        <translation>參會人員</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="107"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="108"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="110"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="112"/>
        <source>Open in viewer</source>
        <translation>在閱讀器中打開</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_dialog.py" line="186"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 頁</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="193"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="201"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>RegisterSection</name>
    <message>
        <location filename="../../ui/register.py" line="207"/>
        <source>(locked)</source>
        <translation>（已鎖定）</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="210"/>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="211"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="212"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="213"/>
        <source>Classification</source>
        <translation>密級</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="214"/>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="215"/>
        <source>NDA / contract</source>
        <translation>保密協議 / 合同</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="216"/>
        <source>Return due</source>
        <translation>應歸還日期</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="218"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="219"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="227"/>
        <source>Open content…</source>
        <translation>查看內容…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="227"/>
        <source>Add item…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="228"/>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="229"/>
        <location filename="../../ui/register.py" line="398"/>
        <location filename="../../ui/register.py" line="403"/>
        <source>Save attachment as…</source>
        <translation>附件另存為…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="230"/>
        <source>Change passphrase…</source>
        <translation>修改密碼…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="231"/>
        <source>Drawings, specifications and formulas entrusted to us under NDA. Content is encrypted; every opening is recorded in the audit trail.</source>
        <translation>客戶依保密協議交給我們的圖紙、規格和配方。內容加密保存；每次查看都記入稽核紀錄。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="249"/>
        <source>No register passphrase yet: choose one to add items.</source>
        <translation>尚未設定保密資料密碼：設定後才能新增資料。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="250"/>
        <source>Choose passphrase…</source>
        <translation>設定密碼…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="252"/>
        <source>Unlocked — locks itself after {0} min without use.</source>
        <translation>已解鎖 —— 閒置 {0} 分鐘後自動鎖定。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="254"/>
        <source>Lock now</source>
        <translation>立即鎖定</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="256"/>
        <source>Locked: titles and content are hidden until you unlock the register.</source>
        <translation>已鎖定：解鎖前不顯示標題和內容。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="257"/>
        <source>Unlock…</source>
        <translation>解鎖…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="280"/>
        <source>Register passphrase</source>
        <translation>保密資料密碼</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="281"/>
        <source>Choose the register passphrase (at least 8 characters). It cannot be recovered if forgotten:</source>
        <translation>設定保密資料密碼（至少 8 個字符）。忘記後無法找回：</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="293"/>
        <source>Unlock the register</source>
        <translation>解鎖保密資料</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="293"/>
        <source>Register passphrase:</source>
        <translation>保密資料密碼：</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="305"/>
        <location filename="../../ui/register.py" line="308"/>
        <location filename="../../ui/register.py" line="314"/>
        <source>Change passphrase</source>
        <translation>修改密碼</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="305"/>
        <source>Current register passphrase:</source>
        <translation>當前保密資料密碼：</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="308"/>
        <source>New register passphrase:</source>
        <translation>新的保密資料密碼：</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="314"/>
        <source>The register passphrase was changed.</source>
        <translation>保密資料密碼已修改。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="355"/>
        <source>Add register item</source>
        <translation>新增保密資料</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="365"/>
        <source>Attach a file to {0}</source>
        <translation>為 {0} 添加附件</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="373"/>
        <source>{0} is larger than the {1} MiB limit for register attachments</source>
        <translation>{0} 超過保密資料附件的 {1} MiB 上限</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="386"/>
        <source>Attach %1</source>
        <translation>附加 %1</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="395"/>
        <source>This item has no attachments.</source>
        <translation>此項沒有附件。</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="398"/>
        <source>Attachment:</source>
        <translation>附件：</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../ui/reminders.py" line="22"/>
        <source>Complaint past its response target</source>
        <translation>投訴超過響應時限</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="23"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="23"/>
        <source>Visits behind cadence</source>
        <translation>拜訪頻率落後</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="24"/>
        <source>Plan not submitted</source>
        <translation>計劃未提交</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="24"/>
        <source>Review due this quarter</source>
        <translation>本季度需回顧</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="25"/>
        <source>Register item due back</source>
        <translation>保密資料即將到期歸還</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="27"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="28"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="29"/>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../ui/models/plan.py" line="136"/>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="136"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="136"/>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="136"/>
        <source>Suggested</source>
        <translation>建議評級</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="137"/>
        <source>Rating</source>
        <translation>評級</translation>
    </message>
    <message>
        <location filename="../../ui/models/plan.py" line="137"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ScoringDialog</name>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="38"/>
        <location filename="../../ui/scoring_dialog.py" line="105"/>
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
        <location filename="../../ui/scoring_dialog.py" line="47"/>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="48"/>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="49"/>
        <source>Breakpoints for 2, 3, 4, 5 points</source>
        <translation>得 2、3、4、5 分的分界值</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="60"/>
        <source>Indicators (current value: the first three; potential value: the last three)</source>
        <translation>指標（當前價值：前三項；潛在價值：後三項）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="65"/>
        <source>High current value from (0–100)</source>
        <translation>高當前價值起點（0–100）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="66"/>
        <source>High potential value from (0–100)</source>
        <translation>高潛在價值起點（0–100）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_dialog.py" line="103"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../../ui/register.py" line="55"/>
        <source>Type it again:</source>
        <translation>請再輸入一次：</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="60"/>
        <source>The two entries differ; nothing was changed.</source>
        <translation>兩次輸入不一致；未做任何修改。</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../ui/sections.py" line="90"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="54"/>
        <source>New database passphrase</source>
        <translation>新資料庫密碼</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="55"/>
        <source>This computer has no credential store. Choose a passphrase to encrypt {0}; it cannot be recovered if forgotten:</source>
        <translation>這臺電腦沒有憑證存放。請為加密 {0} 設定一個密碼；忘記後無法找回：</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="58"/>
        <source>Database passphrase</source>
        <translation>資料庫密碼</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="59"/>
        <source>Passphrase for {0}:</source>
        <translation>{0} 的密碼：</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="79"/>
        <source>There is no database at {0}. Create a new, empty one there?</source>
        <translation>{0} 處沒有資料庫。要在那裡新建一個空資料庫嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="90"/>
        <source>The database {0} is damaged and cannot be opened. It will be kept aside as a .broken file (nothing is deleted). Restore the newest good backup, {1}?</source>
        <translation>資料庫 {0} 已損壞，無法開啟。它將作為 .broken 檔案保留在一旁（不會刪除任何內容）。要還原最新的完好備份 {1} 嗎？</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="98"/>
        <source>No purchasing project</source>
        <translation>暫無採購專案</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="119"/>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgchart/widget.py" line="124"/>
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n 位參與人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionsSection</name>
    <message>
        <location filename="../../ui/sections.py" line="415"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="416"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="417"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="418"/>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="419"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="420"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="421"/>
        <source>Financial cost</source>
        <translation>財務成本</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="422"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="423"/>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="431"/>
        <source>Imported from the ERP; newest first.</source>
        <translation>從 ERP 匯入；最新的在前。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/visit_dialog.py" line="40"/>
        <source>Log a visit — %1</source>
        <translation>記錄拜訪——%1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="48"/>
        <source>Type a name or pinyin to find attendees…</source>
        <translation>輸入姓名或拼音查找參會人…</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="81"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="82"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="83"/>
        <source>Their attendees</source>
        <translation>對方參會人</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="85"/>
        <source>Our attendees</source>
        <translation>我方參會人</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="86"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="87"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="88"/>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="89"/>
        <source>Stance changes</source>
        <translation>態度變化</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="125"/>
        <source>(unchanged: %1)</source>
        <translation>（不變：%1）</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="151"/>
        <source>Log visit</source>
        <translation>記錄拜訪</translation>
    </message>
</context>
<context>
    <name>VisitsSection</name>
    <message>
        <location filename="../../ui/sections.py" line="300"/>
        <source>(planned)</source>
        <translation>（計劃中）</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="302"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="303"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="304"/>
        <source>Customer attendees</source>
        <translation>客戶參會人</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="305"/>
        <source>Our attendees</source>
        <translation>我方參會人</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="306"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="307"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="308"/>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="311"/>
        <source>Log a visit… (Ctrl+Shift+V)</source>
        <translation>記錄拜訪…（Ctrl+Shift+V）</translation>
    </message>
</context>
</TS>
