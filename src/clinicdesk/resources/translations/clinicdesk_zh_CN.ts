<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="272"/>
        <source>ClinicDesk cannot use its data folder %1: %2</source>
        <translation>ClinicDesk 无法使用其数据文件夹 %1：%2</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../../ui/client_editor.py" line="133"/>
        <source>Edit client</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="133"/>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="135"/>
        <source>Given name *</source>
        <translation>名字 *</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="136"/>
        <source>Family name *</source>
        <translation>姓氏 *</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="137"/>
        <source>Preferred name</source>
        <translation>常用名</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="138"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="139"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="140"/>
        <source>Gender identity</source>
        <translation>性别认同</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="141"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="142"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="143"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="144"/>
        <source>Address (2nd line)</source>
        <translation>地址（第二行）</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="145"/>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="146"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="147"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="148"/>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="149"/>
        <source>How they found us</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="150"/>
        <source>Marketing</source>
        <translation>营销信息</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="151"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="156"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="157"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="158"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="159"/>
        <source>Intersex</source>
        <translation>间性</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="160"/>
        <source>Prefers not to say</source>
        <translation>不愿透露</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="167"/>
        <source>e.g. +33 6 12 34 56 78</source>
        <translation>例如：+86 138 1234 5678</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="170"/>
        <source>Agrees to receive news and offers</source>
        <translation>同意接收资讯和优惠信息</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="229"/>
        <source>This is not a date. Write it as %1.</source>
        <translation>这不是有效的日期。请按 %1 格式填写。</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="286"/>
        <source>same name and date of birth</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="287"/>
        <source>same email</source>
        <translation>电子邮箱相同</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="288"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="297"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="298"/>
        <source>This client may already be in ClinicDesk:</source>
        <translation>该客户可能已在 ClinicDesk 中：</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="300"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="301"/>
        <source>Open existing client</source>
        <translation>打开现有客户</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="302"/>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="317"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="318"/>
        <source>Save the changes to this client before closing?</source>
        <translation>关闭前是否保存对该客户的更改？</translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <location filename="../../ui/client_list.py" line="128"/>
        <source>Search by name, phone, email or date of birth  (Ctrl+F)</source>
        <translation>按姓名、电话、电子邮箱或出生日期搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="130"/>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="131"/>
        <source>Add a client (Ctrl+N)</source>
        <translation>添加客户（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="199"/>
        <source>No client matches “%1”.

Check the spelling, try part of the name or the phone number, or press Ctrl+N to add a new client.</source>
        <translation>没有与“%1”匹配的客户。

请检查拼写，或尝试输入姓名的一部分或电话号码，也可以按 Ctrl+N 添加新客户。</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="207"/>
        <source>No clients yet.

Press Ctrl+N or “New client” to add the first one, or import your client list from a spreadsheet (File ▸ Import clients).</source>
        <translation>还没有客户。

按 Ctrl+N 或点击“新建客户”添加第一位客户，或从电子表格导入客户名单（文件 ▸ 导入客户）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="212"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="214"/>
        <source>type at least 3 digits to search by phone</source>
        <translation>按电话号码搜索请至少输入 3 位数字</translation>
    </message>
</context>
<context>
    <name>ClientRecordPane</name>
    <message>
        <location filename="../../ui/client_record.py" line="106"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="107"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="108"/>
        <source>Recent activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="110"/>
        <source>Choose a client in the list and press Enter to open their record.</source>
        <translation>在列表中选择一位客户，然后按 Enter 键打开其档案。</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="144"/>
        <source>%1, born %2</source>
        <translation>%1，%2 出生</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="145"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="188"/>
        <source>Under 18 (%n year(s) old): check identity and parental consent before any treatment.</source>
        <translation>
            <numerusform>未满 18 岁（%n 岁）：进行任何项目前，请核实身份并确认已取得监护人同意。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="194"/>
        <source>No date of birth: age-restricted treatments cannot be checked.</source>
        <translation>无出生日期：无法核查有年龄限制的项目。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="197"/>
        <source>%n other record(s) may be the same person.</source>
        <translation>
            <numerusform>另有 %n 份档案可能属于同一人。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="199"/>
        <source>No phone or email: the client cannot be reached.</source>
        <translation>无电话或电子邮箱：无法联系该客户。</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="200"/>
        <source>Allergies: %1</source>
        <translation>过敏：%1</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="202"/>
        <source>The medical history has not been gone through with the client yet.</source>
        <translation>尚未与客户一起核对病史。</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="205"/>
        <source>The medical history was last reviewed on %1: go through it again before treating.</source>
        <translation>病史最近一次核对于 %1：治疗前请重新核对。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="208"/>
        <source>%n contraindication warning(s) were let through with a reason.</source>
        <translation>
            <numerusform>%n 条禁忌提示已凭理由放行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="219"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="220"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="221"/>
        <source>Intersex</source>
        <translation>间性</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="222"/>
        <source>Prefers not to say</source>
        <translation>不愿透露</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="236"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="237"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="238"/>
        <source>Gender identity</source>
        <translation>性别认同</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="239"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="240"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="241"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="242"/>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="243"/>
        <source>How they found us</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="245"/>
        <source>Marketing</source>
        <translation>营销信息</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="246"/>
        <source>Agreed</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="246"/>
        <source>Not agreed</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="248"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="249"/>
        <source>Client since</source>
        <translation>建档时间</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="260"/>
        <source>Record created</source>
        <translation>档案已创建</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="261"/>
        <source>Record changed</source>
        <translation>档案已修改</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="262"/>
        <source>Record opened</source>
        <translation>档案已查看</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="263"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="264"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="265"/>
        <source>History entry added</source>
        <translation>已添加病史条目</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="266"/>
        <source>History entry changed</source>
        <translation>已修改病史条目</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="267"/>
        <source>History entry removed</source>
        <translation>已移除病史条目</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="268"/>
        <source>History reviewed with the client</source>
        <translation>已与客户核对病史</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="269"/>
        <source>Contraindication warning let through</source>
        <translation>已放行禁忌提示</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="270"/>
        <source>Patch test applied</source>
        <translation>已进行斑贴测试</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="271"/>
        <source>Patch test read</source>
        <translation>已读取斑贴测试结果</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="276"/>
        <source>Imported from a client list</source>
        <translation>从客户名单导入</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/client_table_model.py" line="37"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="38"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="39"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="40"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="41"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
</context>
<context>
    <name>ClinicDeskError</name>
    <message>
        <location filename="../../cli.py" line="97"/>
        <source>No passphrase given: set CLINICDESK_PASSPHRASE or use --passphrase-stdin.</source>
        <translation>未提供密码短语：请设置 CLINICDESK_PASSPHRASE 或使用 --passphrase-stdin。</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="146"/>
        <source>--clients must be at least 1.</source>
        <translation>--clients 必须至少为 1。</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="206"/>
        <source>Verification found {count} problem(s).</source>
        <translation>验证发现 {count} 个问题。</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="222"/>
        <source>Self-test failed: {names}.</source>
        <translation>自检失败：{names}。</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="46"/>
        <source>The database {name} cannot be read: it is damaged or it does not belong to this vault. It has not been changed or deleted. Restore the data folder from a backup.</source>
        <translation>无法读取数据库 {name}：它已损坏，或不属于此保险库。该数据库未被更改或删除。请从备份恢复数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="80"/>
        <source>The database file {name} is missing from the data folder. Restore the data folder from a backup; ClinicDesk will not create an empty one in its place.</source>
        <translation>数据文件夹中缺少数据库文件 {name}。请从备份恢复数据文件夹；ClinicDesk 不会在原处创建空数据库。</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="54"/>
        <source>This data was saved by a newer version of ClinicDesk. Install the latest version to open it; nothing has been changed.</source>
        <translation>这些数据由更新版本的 ClinicDesk 保存。请安装最新版本后再打开；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="96"/>
        <source>Could not save a copy of the database before upgrading it: {reason}. Nothing was changed.</source>
        <translation>升级前无法保存数据库副本：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="108"/>
        <source>The copy taken before upgrading did not verify, so the upgrade was not started. Nothing was changed.</source>
        <translation>升级前创建的副本未通过验证，因此未开始升级。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="90"/>
        <source>The given name is required.</source>
        <translation>名字为必填项。</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="97"/>
        <source>The family name is required.</source>
        <translation>姓氏为必填项。</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="106"/>
        <location filename="../../services/clinic.py" line="60"/>
        <source>This field holds at most {maximum} characters; it has {length}.</source>
        <translation>此字段最多 {maximum} 个字符，当前为 {length} 个。</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="119"/>
        <source>The date of birth is in the future.</source>
        <translation>出生日期是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="126"/>
        <source>The date of birth is before 1900.</source>
        <translation>出生日期早于 1900 年。</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="133"/>
        <source>This is not an email address.</source>
        <translation>这不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="140"/>
        <source>Unknown value for sex.</source>
        <translation>未知的性别值。</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="146"/>
        <location filename="../../services/clinic.py" line="70"/>
        <source>Unknown language.</source>
        <translation>未知的语言。</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="153"/>
        <source>The country is a two-letter code such as FR.</source>
        <translation>国家/地区须为两个字母的代码，例如 CN。</translation>
    </message>
    <message>
        <location filename="../../services/client_import.py" line="36"/>
        <source>{name} is larger than 200 MB; it cannot be a client list.</source>
        <translation>{name} 大于 200 MB，不可能是客户名单。</translation>
    </message>
    <message>
        <location filename="../../services/client_import.py" line="44"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/clients.py" line="106"/>
        <source>This is not a phone number. Include the country code (for example +33) for a number from abroad.</source>
        <translation>这不是有效的电话号码。境外号码请加上国家/地区代码（例如 +852）。</translation>
    </message>
    <message>
        <location filename="../../services/clients.py" line="160"/>
        <source>The referring client no longer exists.</source>
        <translation>作为推荐人的客户已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/clients.py" line="189"/>
        <source>A client cannot refer themselves.</source>
        <translation>客户不能推荐自己。</translation>
    </message>
    <message>
        <location filename="../../services/clients.py" line="217"/>
        <source>This client record no longer exists.</source>
        <translation>该客户档案已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/clinic.py" line="49"/>
        <location filename="../../services/practice.py" line="220"/>
        <source>The clinic&apos;s name is required.</source>
        <translation>机构名称为必填项。</translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="70"/>
        <source>This file is not a text/CSV file. Save the client list from your spreadsheet as CSV and try again.</source>
        <translation>此文件不是文本/CSV 文件。请在电子表格软件中将客户名单另存为 CSV 格式后重试。</translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="144"/>
        <source>The characters in this file could not be recognised. Save it as CSV in UTF-8 and try again.</source>
        <translation>无法识别此文件中的字符。请将其另存为 UTF-8 编码的 CSV 文件后重试。</translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="336"/>
        <source>The file could not be read as CSV near line {line}.</source>
        <translation>无法按 CSV 格式读取该文件，问题出现在第 {line} 行附近。</translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="386"/>
        <source>The file has no client rows.</source>
        <translation>文件中没有客户数据行。</translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="391"/>
        <source>No column holds the client&apos;s name. The first line must name the columns, for example &quot;First name&quot; and &quot;Last name&quot;, or &quot;Name&quot; (also &quot;Prénom&quot;/&quot;Nom&quot;, &quot;Imię&quot;/&quot;Nazwisko&quot;, &quot;姓名&quot;).</source>
        <translation>没有任何一列包含客户姓名。第一行必须是列名，例如“姓名”，或“姓”和“名”（也可使用“First name”/“Last name”、“Name”、“Prénom”/“Nom”、“Imię”/“Nazwisko”）。</translation>
    </message>
    <message>
        <location filename="../../services/integrity.py" line="57"/>
        <source>The database is older than the last change recorded for this vault: it may have been replaced by an older copy. Nothing was changed. Restore your most recent backup, and run &apos;clinicdesk verify&apos; for details.</source>
        <translation>数据库比此保险库记录的最后一次更改还要旧：它可能已被旧副本替换。未做任何更改。请恢复最近的备份，并运行“clinicdesk verify”查看详情。</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="70"/>
        <source>ClinicDesk is locked; unlock it and try again.</source>
        <translation>ClinicDesk 已锁定；请解锁后重试。</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="160"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满。未保存任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="166"/>
        <source>The database refused the change ({reason}).</source>
        <translation>数据库拒绝了此更改（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="192"/>
        <source>The data folder {folder} cannot be created: {reason}</source>
        <translation>无法创建数据文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="225"/>
        <source>Your name is required.</source>
        <translation>您的姓名为必填项。</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="235"/>
        <source>The data folder holds a database without its vault header. It was left as it is; restore the folder from a backup or choose another folder.</source>
        <translation>数据文件夹中有一个缺少保险库头文件的数据库。该文件夹已保持原样；请从备份恢复该文件夹，或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="300"/>
        <source>The key is not remembered on this computer.</source>
        <translation>此电脑上未记住密钥。</translation>
    </message>
    <message>
        <location filename="../../vault/header.py" line="59"/>
        <source>The vault header (vault.json) in the data folder is damaged and its previous copy too. Your passphrase is not the problem. Restore the data folder from a backup; nothing has been changed or deleted.</source>
        <translation>数据文件夹中的保险库头文件（vault.json）及其上一份副本均已损坏。问题不在于您的密码短语。请从备份恢复数据文件夹；未更改或删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../vault/header.py" line="72"/>
        <source>There is no ClinicDesk vault in {folder}.</source>
        <translation>{folder} 中没有 ClinicDesk 保险库。</translation>
    </message>
    <message>
        <location filename="../../vault/header.py" line="83"/>
        <source>This vault was made by a newer ClinicDesk. Install the latest version.</source>
        <translation>此保险库由更新版本的 ClinicDesk 创建。请安装最新版本。</translation>
    </message>
    <message>
        <location filename="../../vault/header.py" line="117"/>
        <source>Could not write {name}: {reason}. Nothing was changed.</source>
        <translation>无法写入 {name}：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../vault/lock.py" line="25"/>
        <source>ClinicDesk is already open on this data folder. Close the other window first.</source>
        <translation>ClinicDesk 已在此数据文件夹上打开。请先关闭另一个窗口。</translation>
    </message>
    <message>
        <location filename="../../vault/lock.py" line="32"/>
        <source>The data folder cannot be written to: {reason}</source>
        <translation>无法写入数据文件夹：{reason}</translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="56"/>
        <source>A ClinicDesk vault already exists in {folder}.</source>
        <translation>{folder} 中已存在 ClinicDesk 保险库。</translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="101"/>
        <source>A recovery key has 24 letters and digits in six groups of four. Check what you typed against the Recovery Sheet.</source>
        <translation>恢复密钥由 24 个字母和数字组成，分为六组，每组四个。请对照恢复单检查您输入的内容。</translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="124"/>
        <source>That passphrase is not correct.</source>
        <translation>密码短语不正确。</translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="127"/>
        <source>That recovery key does not open this vault.</source>
        <translation>此恢复密钥无法打开该保险库。</translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="217"/>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>密码短语至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="122"/>
        <source>This treatment is not in the catalogue.</source>
        <translation>目录中没有此项治疗。</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="145"/>
        <source>The treatment needs a name.</source>
        <translation>治疗项目需要名称。</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="149"/>
        <source>Patch-test times cannot be negative.</source>
        <translation>斑贴测试的时间不能为负数。</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="113"/>
        <source>Unknown history section.</source>
        <translation>未知的病史类别。</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="116"/>
        <source>Choose an entry from the list or describe it.</source>
        <translation>请从列表中选择或加以描述。</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="120"/>
        <source>Unknown history code.</source>
        <translation>未知的病史代码。</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="123"/>
        <source>This text is {length} characters long; at most {limit} fit. Shorten it or put the rest in the client&apos;s notes.</source>
        <translation>此文本共 {length} 个字符，最多可容纳 {limit} 个。请缩短，或将其余内容写入客户备注。</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="135"/>
        <source>The date {date} is not possible here: it must be between 1900 and today.</source>
        <translation>日期 {date} 在此不可用：必须介于1900年与今天之间。</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="144"/>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="209"/>
        <source>This history entry no longer exists.</source>
        <translation>该病史条目已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/patch_tests.py" line="53"/>
        <source>Name the product that was tested.</source>
        <translation>请填写所测试的产品。</translation>
    </message>
    <message>
        <location filename="../../services/patch_tests.py" line="58"/>
        <source>A patch test cannot be recorded before it is applied.</source>
        <translation>斑贴测试在进行之前不能记录。</translation>
    </message>
    <message>
        <location filename="../../services/patch_tests.py" line="98"/>
        <source>This patch test no longer exists.</source>
        <translation>该斑贴测试已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/patch_tests.py" line="102"/>
        <source>The reading time must be after the test was applied and not in the future.</source>
        <translation>读取时间必须晚于测试时间，且不能在将来。</translation>
    </message>
    <message>
        <location filename="../../services/screening.py" line="158"/>
        <source>This contraindication is absolute: the treatment cannot go ahead, whatever the reason.</source>
        <translation>此为绝对禁忌：无论何种理由，均不得进行治疗。</translation>
    </message>
    <message>
        <location filename="../../services/screening.py" line="167"/>
        <source>Write why the treatment can go ahead despite this warning ({minimum} to {maximum} characters).</source>
        <translation>请写明尽管有此提示仍可进行治疗的理由（{minimum}至{maximum}个字符）。</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="110"/>
        <source>Your clinic</source>
        <translation>您的机构</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="111"/>
        <source>These details appear on consent forms and other printouts.</source>
        <translation>这些信息将显示在知情同意书和其他打印文件上。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="115"/>
        <source>Clinic name *</source>
        <translation>机构名称 *</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="116"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="117"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="118"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="119"/>
        <source>Your name *</source>
        <translation>您的姓名 *</translation>
    </message>
</context>
<context>
    <name>ConfirmRecoveryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="212"/>
        <source>Check the recovery key</source>
        <translation>核对恢复密钥</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="214"/>
        <source>To be sure it was written down correctly, type two groups of it from paper.</source>
        <translation>为确保密钥抄写无误，请对照纸上的内容输入其中两组。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="217"/>
        <source>Group %1</source>
        <translation>第 %1 组</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <location filename="../../ui/errors.py" line="94"/>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>Something went wrong in ClinicDesk. Your records are safe: every change is saved completely or not at all, so the last action may not have been saved. You can carry on working. The error was noted in the log, without any client data.</source>
        <translation>ClinicDesk 出现了问题。您的档案是安全的：每次更改要么完整保存，要么完全不保存，因此最后一项操作可能未被保存。您可以继续工作。该错误已记录在日志中，不含任何客户数据。</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="242"/>
        <source>All set</source>
        <translation>设置完成</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="245"/>
        <source>Your client file is ready. ClinicDesk locks itself after some minutes without use; the passphrase opens it again.</source>
        <translation>您的客户档案库已准备就绪。ClinicDesk 闲置几分钟后会自动锁定；输入密码短语即可重新打开。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="252"/>
        <source>Remember the key on this computer (%1), so ClinicDesk opens without the passphrase. Only if nobody else uses this computer account.</source>
        <translation>在此电脑上记住密钥（%1），这样打开 ClinicDesk 时无需输入密码短语。仅在没有其他人使用此电脑账户时选择。</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="68"/>
        <source>Welcome to ClinicDesk</source>
        <translation>欢迎使用 ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="71"/>
        <source>ClinicDesk keeps your client file on this computer, encrypted. Setting it up takes two minutes: your clinic&apos;s details, a passphrase, and a Recovery Sheet to print and keep safe.</source>
        <translation>ClinicDesk 将您的客户档案库加密保存在此电脑上。设置只需两分钟：填写机构信息、设置密码短语，并打印一份恢复单妥善保管。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="76"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;New client</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Import clients…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>&amp;Find client</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;About ClinicDesk</source>
        <translation>关于 ClinicDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Import clients</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Client lists (*.csv *.txt);;All files (*)</source>
        <translation>客户名单 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Importing clients…</source>
        <translation>正在导入客户…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="236"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="240"/>
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 位客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="242"/>
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>已跳过 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>About ClinicDesk</source>
        <translation>关于 ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>ClinicDesk %1
The client file of your salon or clinic, kept on this computer and encrypted.</source>
        <translation>ClinicDesk %1
美容院或诊所的客户档案库，加密保存在此电脑上。</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="44"/>
        <source>New passphrase</source>
        <translation>新密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="45"/>
        <source>Type it again</source>
        <translation>再次输入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/passphrase_fields.py" line="62"/>
        <source>At least %n characters. A short sentence you will remember is best.</source>
        <translation>
            <numerusform>至少 %n 个字符。最好使用一句容易记住的短句。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="66"/>
        <source>Weak: easy to guess. Add more words.</source>
        <translation>弱：容易被猜到。请多加几个词。</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="67"/>
        <source>Fair. A few more words would make it strong.</source>
        <translation>一般。再加几个词就会很强。</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="68"/>
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="69"/>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="73"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>两次输入的密码短语尚不一致。</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="139"/>
        <source>Choose a passphrase</source>
        <translation>设置密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="142"/>
        <source>The passphrase unlocks ClinicDesk each day. A short sentence is easier to remember and harder to guess than a word with symbols. Nobody, not even ClinicDesk&apos;s makers, can recover it: the Recovery Sheet on the next page can.</source>
        <translation>每天都需要用密码短语解锁 ClinicDesk。一句简短的话比带符号的单词更容易记住，也更难被猜到。任何人（包括 ClinicDesk 的开发者）都无法找回密码短语，但下一页的恢复单可以帮您重新打开档案库。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="148"/>
        <source>Create my client file</source>
        <translation>创建我的客户档案库</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="26"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="31"/>
        <source>Lock after this many idle minutes</source>
        <translation>闲置多少分钟后锁定</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="39"/>
        <source>Remember on this computer</source>
        <translation>在此电脑上记住</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="19"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="21"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="33"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="34"/>
        <source>The PDF could not be saved: %1</source>
        <translation>无法保存 PDF：%1</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="182"/>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="185"/>
        <source>If the passphrase is ever forgotten, this key opens the client file. Print the Recovery Sheet or write the key down now, and keep it away from this computer. It is shown this once; Settings can print a new sheet later.</source>
        <translation>如果忘记了密码短语，可以用此密钥打开客户档案库。请立即打印恢复单或抄下密钥，并将其存放在远离此电脑的地方。密钥仅显示这一次；以后可以在“设置”中打印新的恢复单。</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="17"/>
        <location filename="../../ui/recovery_sheet.py" line="83"/>
        <source>ClinicDesk Recovery Sheet</source>
        <translation>ClinicDesk 恢复单</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="18"/>
        <source>If the passphrase is ever forgotten, this recovery key opens the client file. Whoever holds this sheet and the computer can read every record: keep it as you would keep the practice&apos;s keys.</source>
        <translation>如果忘记了密码短语，可以用此恢复密钥打开客户档案库。任何同时持有本单和这台电脑的人都能读取所有档案：请像保管机构钥匙一样保管本单。</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="24"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="26"/>
        <source>Keep this sheet away from the computer, for example in a locked drawer or safe.</source>
        <translation>请将本单存放在远离电脑的地方，例如上锁的抽屉或保险柜中。</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="30"/>
        <source>To use it: start ClinicDesk, choose “I forgot my passphrase”, type the key (upper or lower case, with or without dashes) and choose a new passphrase.</source>
        <translation>使用方法：启动 ClinicDesk，选择“我忘记了密码短语”，输入密钥（大小写均可，带不带连字符均可），然后设置新的密码短语。</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="35"/>
        <source>If the sheet is lost, print a new one from Settings: the old key then stops working.</source>
        <translation>如果本单丢失，请在“设置”中打印新的恢复单：旧密钥随即失效。</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="40"/>
        <source>Clinic</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="41"/>
        <source>Printed on</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="42"/>
        <source>Vault identifier</source>
        <translation>保险库标识</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="43"/>
        <source>Where this sheet is kept:</source>
        <translation>本单存放位置：</translation>
    </message>
</context>
<context>
    <name>RecoverySheetButtons</name>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="76"/>
        <source>Print the Recovery Sheet…</source>
        <translation>打印恢复单…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="77"/>
        <source>Save it as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>Clinic</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>Passphrase and recovery</source>
        <translation>密码短语与恢复</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Clinic name *</source>
        <translation>机构名称 *</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="164"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="173"/>
        <source>Lock after (minutes idle)</source>
        <translation>锁定时间（闲置分钟数）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="174"/>
        <source>Remember the key on this computer</source>
        <translation>在此电脑上记住密钥</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>This computer has no secure keychain, so ClinicDesk always asks for the passphrase.</source>
        <translation>此电脑没有安全的密钥存储，因此 ClinicDesk 每次都会要求输入密码短语。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="185"/>
        <source>Kept in %1. ClinicDesk then opens without the passphrase for this computer account; choose it only if nobody else uses this account.</source>
        <translation>保存在 %1 中。这样，在此电脑账户上打开 ClinicDesk 时无需输入密码短语；仅在没有其他人使用此账户时选择此项。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="189"/>
        <source>Change the passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>Current passphrase</source>
        <translation>当前密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="192"/>
        <location filename="../../ui/settings_dialog.py" line="242"/>
        <location filename="../../ui/settings_dialog.py" line="257"/>
        <source>Change passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="193"/>
        <location filename="../../ui/settings_dialog.py" line="263"/>
        <location filename="../../ui/settings_dialog.py" line="278"/>
        <source>Recovery Sheet</source>
        <translation>恢复单</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="196"/>
        <source>Print the Recovery Sheet again if it was lost or damaged. If it may have been seen by someone else, replace the recovery key instead: the old sheet then stops working.</source>
        <translation>如果恢复单丢失或损坏，请重新打印。如果恢复单可能已被他人看到，请改为更换恢复密钥：旧的恢复单随即失效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="201"/>
        <source>Print or save the Recovery Sheet…</source>
        <translation>打印或保存恢复单…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="202"/>
        <source>Replace the recovery key…</source>
        <translation>更换恢复密钥…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="243"/>
        <source>Type the new passphrase the same way twice; it needs 8 characters.</source>
        <translation>请以相同方式输入两次新密码短语；至少需要 8 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="257"/>
        <source>The passphrase has been changed.</source>
        <translation>密码短语已更改。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="264"/>
        <source>Enter the passphrase to continue:</source>
        <translation>请输入密码短语以继续：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="279"/>
        <source>Print the Recovery Sheet, or save it as a PDF?</source>
        <translation>要打印恢复单，还是另存为 PDF？</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="280"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="281"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="285"/>
        <source>ClinicDesk Recovery Sheet</source>
        <translation>ClinicDesk 恢复单</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="305"/>
        <source>Set up ClinicDesk</source>
        <translation>设置 ClinicDesk</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/unlock.py" line="122"/>
        <source>ClinicDesk is locked</source>
        <translation>ClinicDesk 已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="123"/>
        <source>Enter your passphrase to open the client file.</source>
        <translation>请输入密码短语以打开客户档案库。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="124"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="125"/>
        <source>I forgot my passphrase</source>
        <translation>我忘记了密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="127"/>
        <source>Type the recovery key from your Recovery Sheet, then choose a new passphrase.</source>
        <translation>请输入恢复单上的恢复密钥，然后设置新的密码短语。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="129"/>
        <source>Unlock and set the new passphrase</source>
        <translation>解锁并设置新密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="130"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="175"/>
        <source>Choose a new passphrase first, typed the same way twice.</source>
        <translation>请先设置新的密码短语，并以相同方式输入两次。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="211"/>
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
</context>
</TS>
