<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Mark %1: its batch is not offered for this session. Choose a product.</source>
        <translation type="vanished">标记 %1：其批号在本次治疗中不可用。请选择产品。</translation>
    </message>
    <message>
        <source>Mark %1 has a product but no quantity.</source>
        <translation type="vanished">标记 %1 已选择产品，但未填写数量。</translation>
    </message>
    <message>
        <source>Mark %1 has a quantity but no product.</source>
        <translation type="vanished">标记 %1 已填写数量，但未选择产品。</translation>
    </message>
    <message>
        <source>At most %1 marks can have no product; this chart has %2.</source>
        <translation type="vanished">最多只能有 %1 个标记不指定产品；此图示中有 %2 个。</translation>
    </message>
    <message>
        <source>From the previous session: move or edit this mark to keep it.</source>
        <translation type="vanished">来自上次治疗：移动或编辑此标记即可保留。</translation>
    </message>
    <message>
        <source>No product — area only</source>
        <translation type="vanished">无产品 — 仅标记区域</translation>
    </message>
    <message>
        <source>Batch not offered for this session</source>
        <translation type="vanished">该批号在本次治疗中不可用</translation>
    </message>
    <message>
        <source>Type the quantity: a number more than 0 with at most 3 decimals, for example 20 or %1.</source>
        <translation type="vanished">请输入数量：大于 0 的数字，最多 3 位小数，例如 20 或 %1。</translation>
    </message>
    <message>
        <source>“%1” is not a quantity. Type a number more than 0 with at most 3 decimals, for example 20 or %2.</source>
        <translation type="vanished">“%1”不是有效的数量。请输入大于 0 的数字，最多 3 位小数，例如 20 或 %2。</translation>
    </message>
    <message>
        <source>%1 %2 %3, lot %4</source>
        <translation type="vanished">%1 %2 %3，批号 %4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">是</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">否</translation>
    </message>
    <message>
        <source>client</source>
        <translation type="vanished">客户</translation>
    </message>
    <message>
        <source>born</source>
        <translation type="vanished">出生日期</translation>
    </message>
    <message>
        <source>when</source>
        <translation type="vanished">日期和时间</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation type="vanished">治疗师</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation type="vanished">治疗项目</translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="vanished">方案</translation>
    </message>
    <message>
        <source>signed_off</source>
        <translation type="vanished">已签核</translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="vanished">草稿</translation>
    </message>
    <message>
        <source>title</source>
        <translation type="vanished">治疗记录</translation>
    </message>
    <message>
        <source>products</source>
        <translation type="vanished">产品与批号</translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="vanished">面部与身体图示</translation>
    </message>
    <message>
        <source>screening</source>
        <translation type="vanished">治疗前筛查</translation>
    </message>
    <message>
        <source>override</source>
        <translation type="vanished">放行理由</translation>
    </message>
    <message>
        <source>events</source>
        <translation type="vanished">不良事件</translation>
    </message>
    <message>
        <source>corrections</source>
        <translation type="vanished">签核后的修正</translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="vanished">治疗师签名</translation>
    </message>
    <message>
        <source>page</source>
        <translation type="vanished">页码</translation>
    </message>
    <message>
        <source>no_plan</source>
        <translation type="vanished">不属于任何方案</translation>
    </message>
    <message>
        <source>plan_progress</source>
        <translation type="vanished">方案进度</translation>
    </message>
    <message>
        <source>on_chart</source>
        <translation type="vanished">图示上的位置</translation>
    </message>
    <message>
        <source>comfort_score</source>
        <translation type="vanished">不适程度评分</translation>
    </message>
</context>
<context>
    <name>AdverseEventDialog</name>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="47"/>
        <source>Adverse event</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="50"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="69"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="70"/>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="71"/>
        <source>Action taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="72"/>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="77"/>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="80"/>
        <source>An adverse event is kept with the session for good; it cannot be edited.</source>
        <translation>不良事件将永久保存在该治疗记录中，无法编辑。</translation>
    </message>
</context>
<context>
    <name>AdverseEvents</name>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="28"/>
        <source>Mild: settles without treatment</source>
        <translation>轻度：无需处理即可消退</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="29"/>
        <source>Moderate: needed treatment or advice</source>
        <translation>中度：需要处理或专业建议</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="30"/>
        <source>Severe: urgent care or lasting harm</source>
        <translation>重度：需紧急处理或造成持久损害</translation>
    </message>
</context>
<context>
    <name>AftercareSheet</name>
    <message>
        <location filename="../../ui/session_printing.py" line="29"/>
        <source>Aftercare</source>
        <translation>治疗后护理须知</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="30"/>
        <source>Thank you for your visit. Please read these instructions carefully and keep this sheet.</source>
        <translation>感谢您的光临。请仔细阅读以下说明，并妥善保存本须知。</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="34"/>
        <source>Treatment</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="35"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="36"/>
        <source>Practitioner</source>
        <translation>治疗师</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="37"/>
        <source>Areas</source>
        <translation>部位</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="38"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="39"/>
        <source>Caring for your skin at home</source>
        <translation>居家皮肤护理</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="40"/>
        <source>Call us at once if</source>
        <translation>如出现以下情况，请立即联系我们：</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="41"/>
        <source>Your clinic</source>
        <translation>联系我们</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="42"/>
        <source>Next visit</source>
        <translation>下次就诊</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="43"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="44"/>
        <source>{product} {quantity} {unit}, batch {lot}</source>
        <translation>{product} {quantity} {unit}，批号 {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="47"/>
        <source>you see signs of infection: redness or warmth that grows, pus, or a fever;</source>
        <translation>出现感染迹象：红肿或发热范围扩大、流脓或发烧；</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="51"/>
        <source>the pain is severe or getting worse;</source>
        <translation>疼痛剧烈或持续加重；</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="52"/>
        <source>blisters, crusts or swelling keep spreading after two days.</source>
        <translation>水疱、结痂或肿胀在两天后仍继续扩散。</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="58"/>
        <source>the skin turns pale, white or dusky, or your sight changes: call {emergency} and then us, at once.</source>
        <translation>皮肤变得苍白、发白或发暗发紫，或视力出现变化：请立即拨打 {emergency}，然后联系我们。</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="65"/>
        <source>an eyelid or the mouth droops, or you have trouble swallowing, speaking or breathing (for breathing: call {emergency} first).</source>
        <translation>眼睑或嘴角下垂，或出现吞咽、说话或呼吸困难（如呼吸困难，请先拨打 {emergency}）。</translation>
    </message>
    <message>
        <source>the skin turns pale, white or dusky, or your sight changes: call 112 (999 in the UK) and then us, at once.</source>
        <translation type="vanished">皮肤变得苍白、发白或发暗发紫，或视力出现变化：请立即拨打 112（英国拨打 999），然后联系我们。</translation>
    </message>
    <message>
        <source>an eyelid or the mouth droops, or you have trouble swallowing, speaking or breathing (for breathing: call 112 or 999 first).</source>
        <translation type="vanished">眼睑或嘴角下垂，或出现吞咽、说话或呼吸困难（如呼吸困难，请先拨打 112 或 999）。</translation>
    </message>
</context>
<context>
    <name>AllergyRows</name>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="59"/>
        <source>Substance</source>
        <translation>过敏物质</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="59"/>
        <source>Reaction</source>
        <translation>反应</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="59"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="63"/>
        <source>Add another allergy</source>
        <translation>再添加一项过敏</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="69"/>
        <source>Mild</source>
        <translation>轻度</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="70"/>
        <source>Moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="71"/>
        <source>Severe</source>
        <translation>重度</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../ui/consultation_amend.py" line="35"/>
        <source>Amend the consultation</source>
        <translation>修正面诊记录</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="60"/>
        <source>Answer</source>
        <translation>回答项</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="61"/>
        <source>Now</source>
        <translation>当前内容</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="62"/>
        <source>Corrected</source>
        <translation>更正为</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="64"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="73"/>
        <source>The original answer is kept; the correction is shown beside it with your name, the time and the reason.</source>
        <translation>原始回答会被保留；更正内容将显示在其旁边，并附上您的姓名、时间和原因。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="262"/>
        <source>there is a file named %1 where the folder should be. Move or rename that file, then start ClinicDesk again.</source>
        <translation>本应是文件夹的位置上有一个名为 %1 的文件。请移动该文件或将其重命名，然后重新启动 ClinicDesk。</translation>
    </message>
    <message>
        <location filename="../../app.py" line="267"/>
        <source>the disk it is on can only be read, not written to. If it is a memory card, a USB drive or a network folder, make it writable, then start ClinicDesk again.</source>
        <translation>该文件夹所在的磁盘只能读取，无法写入。如果它位于存储卡、U 盘或网络文件夹中，请将其设为可写，然后重新启动 ClinicDesk。</translation>
    </message>
    <message>
        <location filename="../../app.py" line="272"/>
        <source>your user account is not allowed to write there. Ask whoever looks after this computer to give your account access to that folder.</source>
        <translation>您的用户账户无权在此写入。请联系这台电脑的管理人员，为您的账户授予该文件夹的访问权限。</translation>
    </message>
    <message>
        <location filename="../../app.py" line="277"/>
        <source>the disk is full. Free some space, then start ClinicDesk again.</source>
        <translation>磁盘已满。请释放一些空间，然后重新启动 ClinicDesk。</translation>
    </message>
    <message>
        <location filename="../../app.py" line="280"/>
        <source>it cannot be reached (%1). If it is on a USB drive or a network folder, connect it, then start ClinicDesk again.</source>
        <translation>无法访问该文件夹（%1）。如果它位于 U 盘或网络文件夹中，请先连接，然后重新启动 ClinicDesk。</translation>
    </message>
    <message>
        <location filename="../../app.py" line="286"/>
        <source>To use another folder, start ClinicDesk with --data-dir FOLDER, or set CLINICDESK_DATA_DIR to that folder.</source>
        <translation>如需使用其他文件夹，请在启动 ClinicDesk 时加上 --data-dir FOLDER（FOLDER 为该文件夹的路径），或将环境变量 CLINICDESK_DATA_DIR 设为该文件夹。</translation>
    </message>
    <message>
        <location filename="../../app.py" line="299"/>
        <source>ClinicDesk cannot use its data folder %1: %2</source>
        <translation>ClinicDesk 无法使用其数据文件夹 %1：%2</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../ui/products_editor.py" line="67"/>
        <source>New batch of %1</source>
        <translation>新建批号：%1</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="74"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="79"/>
        <source>Batch (lot) number</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="81"/>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="83"/>
        <source>Received on</source>
        <translation>入库日期</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="99"/>
        <source>Type the expiry date printed on the box.</source>
        <translation>请填写包装盒上印的有效期。</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="101"/>
        <source>This is not a date.</source>
        <translation>这不是有效的日期。</translation>
    </message>
</context>
<context>
    <name>BatchLookupDialog</name>
    <message>
        <location filename="../../ui/batch_lookup.py" line="101"/>
        <source>Batch look-up</source>
        <translation>批号查询</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="102"/>
        <location filename="../../ui/batch_lookup.py" line="226"/>
        <source>Batch (lot)</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="103"/>
        <location filename="../../ui/batch_lookup.py" line="121"/>
        <location filename="../../ui/batch_lookup.py" line="225"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="104"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="105"/>
        <source>Print the list…</source>
        <translation>打印列表…</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="106"/>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="107"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="111"/>
        <source>Any product</source>
        <translation>任意产品</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="118"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="119"/>
        <location filename="../../ui/batch_lookup.py" line="222"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="120"/>
        <location filename="../../ui/batch_lookup.py" line="223"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="122"/>
        <location filename="../../ui/batch_lookup.py" line="227"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="123"/>
        <source>Session</source>
        <translation>治疗记录</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="134"/>
        <source>Signed off</source>
        <translation>已签核</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="134"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="167"/>
        <source>Type the batch (lot) number from the recall notice: every client who received it is listed with their phone number.</source>
        <translation>请输入召回通知上的批号：所有使用过该批号的客户都会连同电话号码一起列出。</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="171"/>
        <location filename="../../ui/batch_lookup.py" line="193"/>
        <source>No session used this batch.</source>
        <translation>没有治疗记录使用过该批号。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_lookup.py" line="173"/>
        <source>%n client(s) received this batch</source>
        <translation>
            <numerusform>%n 位客户使用过该批号</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="186"/>
        <source>Product recall: clients who received batch %1</source>
        <translation>产品召回：使用过批号 %1 的客户</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="191"/>
        <source>printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="194"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="210"/>
        <source>Save as CSV</source>
        <translation>另存为 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="212"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="220"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="221"/>
        <source>Client number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="224"/>
        <source>Session number</source>
        <translation>治疗记录编号</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="228"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="237"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="238"/>
        <source>The list could not be saved: %1</source>
        <translation>无法保存列表：%1</translation>
    </message>
</context>
<context>
    <name>BodyChart</name>
    <message>
        <location filename="../../ui/body_chart.py" line="147"/>
        <source>&amp;Product for new marks:</source>
        <translation>新标记的产品(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="279"/>
        <source>%1 (%2)</source>
        <comment>a view of the chart and how many marks it holds</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="299"/>
        <source>from the previous session: move or edit to keep</source>
        <translation>来自上次治疗：移动或编辑后保留</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="307"/>
        <source>This chart can only be looked at. Choose a mark to find it in the list.</source>
        <translation>此图示仅供查看。选择一个标记即可在列表中找到它。</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="311"/>
        <source>Keyboard: arrows move the cross, Enter places a point, Tab chooses the next mark; the arrows then move it, + and − resize it, Delete removes it, Esc lets it go. Keys 1 to 5 change the view.</source>
        <translation>键盘操作：方向键移动十字光标，Enter 键放置一个点，Tab 键选择下一个标记；之后方向键可移动该标记，+ 和 − 调整其大小，Delete 键将其删除，Esc 键取消选择。数字键 1 至 5 切换视图。</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="317"/>
        <source>Click to place a point, drag to draw an area. Drag a number to move its mark, right-click it to remove it.</source>
        <translation>单击放置一个点，拖动绘制一个区域。拖动编号可移动对应的标记，右键单击编号可将其删除。</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="47"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="48"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="49"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="50"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="51"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="52"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="55"/>
        <source>Face</source>
        <translation>面部</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="56"/>
        <source>Left profile</source>
        <translation>左侧面</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="57"/>
        <source>Right profile</source>
        <translation>右侧面</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="58"/>
        <source>Body front</source>
        <translation>身体正面</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="59"/>
        <source>Body back</source>
        <translation>身体背面</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="219"/>
        <source>Mark %1: its batch is not offered for this session. Choose a product.</source>
        <translation>标记 %1：其批号在本次治疗中不可用。请选择产品。</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="226"/>
        <source>Mark %1 has a product but no quantity.</source>
        <translation>标记 %1 已选择产品，但未填写数量。</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="232"/>
        <source>Mark %1 has a quantity but no product.</source>
        <translation>标记 %1 已填写数量，但未选择产品。</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="239"/>
        <source>At most %1 marks can have no product; this chart has %2.</source>
        <translation>最多只能有 %1 个标记不指定产品；此图示中有 %2 个。</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="299"/>
        <source>From the previous session: move or edit this mark to keep it.</source>
        <translation>来自上次治疗：移动或编辑此标记即可保留。</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="322"/>
        <source>No product — area only</source>
        <translation>无产品 — 仅标记区域</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="327"/>
        <source>Batch not offered for this session</source>
        <translation>该批号在本次治疗中不可用</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="368"/>
        <source>Type the quantity: a number more than 0 with at most 3 decimals, for example 20 or %1.</source>
        <translation>请输入数量：大于 0 的数字，最多 3 位小数，例如 20 或 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="374"/>
        <source>“%1” is not a quantity. Type a number more than 0 with at most 3 decimals, for example 20 or %2.</source>
        <translation>“%1”不是有效的数量。请输入大于 0 的数字，最多 3 位小数，例如 20 或 %2。</translation>
    </message>
</context>
<context>
    <name>CalendarRangeDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="63"/>
        <source>Export planned sessions</source>
        <translation>导出计划中的治疗</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="71"/>
        <source>Sessions of the plans agreed with clients, one event per day.</source>
        <translation>已与客户确认的方案中的治疗，每天一个日历事件。</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="73"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="74"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="94"/>
        <source>{client} — {treatment} (session {number} of {sessions})</source>
        <translation>{client} — {treatment}（第 {number} 次，共 {sessions} 次）</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="97"/>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="101"/>
        <source>Save the calendar</source>
        <translation>保存日历</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="103"/>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="115"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="116"/>
        <source>The calendar could not be saved: %1</source>
        <translation>无法保存日历：%1</translation>
    </message>
</context>
<context>
    <name>CameraFeed</name>
    <message>
        <location filename="../../ui/photo_capture_camera.py" line="52"/>
        <source>ClinicDesk is not allowed to use the camera. Allow it in the system&apos;s privacy settings, then open this window again.</source>
        <translation>ClinicDesk 无权使用摄像头。请在系统的隐私设置中允许访问，然后重新打开此窗口。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture_camera.py" line="77"/>
        <source>The camera stopped working: %1</source>
        <translation>摄像头停止工作：%1</translation>
    </message>
</context>
<context>
    <name>CaptureChecklist</name>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="37"/>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="41"/>
        <source>Views this treatment asks for</source>
        <translation>此治疗项目要求的拍摄角度</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="52"/>
        <source>✗ %1: missing</source>
        <translation>✗ %1：缺少</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_import_dialog_checklist.py" line="55"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_import_dialog_checklist.py" line="57"/>
        <source>+ %n in this import</source>
        <translation>
            <numerusform>+ 本次导入 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="63"/>
        <source>This treatment asks for no particular views.</source>
        <translation>此治疗项目未要求特定的拍摄角度。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="66"/>
        <source>Still missing: %1</source>
        <translation>仍缺少：%1</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="71"/>
        <source>Every view this treatment asks for is there.</source>
        <translation>此治疗项目要求的拍摄角度均已齐全。</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../ui/photo_capture.py" line="179"/>
        <source>Take photos</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="182"/>
        <source>Photos of %1</source>
        <translation>%1 的照片</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="186"/>
        <source>No camera is connected to this computer. Take the photos with a phone or a camera, then add them with Import photos… on the Photos tab.</source>
        <translation>这台电脑未连接摄像头。请用手机或相机拍照，然后在“照片”选项卡中用“导入照片…”添加。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="190"/>
        <source>Waiting for the camera…</source>
        <translation>正在等待摄像头…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="191"/>
        <source>Take photo</source>
        <translation>拍摄</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="192"/>
        <source>Space or Enter also takes the photo.</source>
        <translation>按空格键或回车键也可拍摄。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="193"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="198"/>
        <source>Camera:</source>
        <translation>摄像头：</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="198"/>
        <source>Area:</source>
        <translation>部位：</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="198"/>
        <source>View:</source>
        <translation>拍摄角度：</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="198"/>
        <source>Earlier photo:</source>
        <translation>以前的照片：</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="202"/>
        <source>Show it over the live image</source>
        <translation>叠加显示在实时画面上</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="204"/>
        <source>No earlier photo of this area from this view: nothing to line up with.</source>
        <translation>此部位在该角度下没有以前的照片：无可对齐的参照。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="266"/>
        <source>%1 (missing)</source>
        <translation>%1（缺少）</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="294"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="308"/>
        <source>The photo just taken</source>
        <translation>刚拍的照片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_capture.py" line="352"/>
        <source>%n photo(s) taken</source>
        <translation>
            <numerusform>已拍摄 %n 张照片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="157"/>
        <source>Treatment families come with ClinicDesk and cannot be added: the screening rules know them by their code. Retire one the practice does not offer.</source>
        <translation>治疗类别随 ClinicDesk 提供，无法自行添加：筛查规则通过代码识别这些类别。本机构不提供的类别，请将其停用。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="161"/>
        <source>Show retired</source>
        <translation>显示已停用项</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="163"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="163"/>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="163"/>
        <source>Screening rules</source>
        <translation>筛查规则</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="166"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="167"/>
        <source>Undo changes</source>
        <translation>撤销更改</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="170"/>
        <source>The screening rules that apply to this treatment. They come with ClinicDesk&apos;s resources and are changed by the clinic&apos;s medical lead, not here.</source>
        <translation>适用于此治疗的筛查规则。这些规则随 ClinicDesk 的资源文件提供，由机构的医疗负责人修改，不能在此处更改。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="175"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="175"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="175"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="202"/>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="238"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="239"/>
        <source>Save the changes to %1?</source>
        <translation>是否保存对 %1 的更改？</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="305"/>
        <source>Never treat</source>
        <translation>禁止治疗</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="306"/>
        <source>Only with a recorded reason</source>
        <translation>须记录理由</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="307"/>
        <source>Caution</source>
        <translation>注意</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <location filename="../../ui/body_chart_canvas.py" line="83"/>
        <source>Chart of %1</source>
        <translation>图示：%1</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_canvas.py" line="340"/>
        <location filename="../../ui/session_summary.py" line="197"/>
        <source>R</source>
        <comment>the client&apos;s right side</comment>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_canvas.py" line="341"/>
        <location filename="../../ui/session_summary.py" line="198"/>
        <source>L</source>
        <comment>the client&apos;s left side</comment>
        <translation>左</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../../ui/client_editor.py" line="129"/>
        <source>Edit client</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="129"/>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="131"/>
        <source>Given name *</source>
        <translation>名字 *</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="132"/>
        <source>Family name *</source>
        <translation>姓氏 *</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="133"/>
        <source>Preferred name</source>
        <translation>常用名</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="134"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="135"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="136"/>
        <source>Gender identity</source>
        <translation>性别认同</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="137"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="138"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="139"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="140"/>
        <source>Address (2nd line)</source>
        <translation>地址（第二行）</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="141"/>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="142"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="143"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="144"/>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="145"/>
        <source>How they found us</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="146"/>
        <source>Marketing</source>
        <translation>营销信息</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="147"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="152"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="153"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="154"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="155"/>
        <source>Intersex</source>
        <translation>间性</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="156"/>
        <source>Prefers not to say</source>
        <translation>不愿透露</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="163"/>
        <source>e.g. +33 6 12 34 56 78</source>
        <translation>例如：+86 138 1234 5678</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="166"/>
        <source>Agrees to receive news and offers</source>
        <translation>同意接收资讯和优惠信息</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="225"/>
        <source>This is not a date. Write it as %1.</source>
        <translation>这不是有效的日期。请按 %1 格式填写。</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="282"/>
        <source>same name and date of birth</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="283"/>
        <source>same email</source>
        <translation>电子邮箱相同</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="284"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="293"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="294"/>
        <source>This client may already be in ClinicDesk:</source>
        <translation>该客户可能已在 ClinicDesk 中：</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="296"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="297"/>
        <source>Open existing client</source>
        <translation>打开现有客户</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="298"/>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="313"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="314"/>
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
        <location filename="../../ui/client_record.py" line="159"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="160"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="161"/>
        <source>Medical history</source>
        <translation>病史</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="162"/>
        <source>Patch tests</source>
        <translation>斑贴测试</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="163"/>
        <source>Consultations</source>
        <translation>面诊</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="164"/>
        <source>Treatment plans</source>
        <translation>治疗方案</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="165"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="166"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="169"/>
        <source>Recent activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="170"/>
        <source>Contraindication warnings let through</source>
        <translation>已放行的禁忌提示</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="172"/>
        <source>Choose a client in the list and press Enter to open their record.</source>
        <translation>在列表中选择一位客户，然后按 Enter 键打开其档案。</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="218"/>
        <source>%1, born %2</source>
        <translation>%1，%2 出生</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="219"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="362"/>
        <source>%1 — patch test: %2</source>
        <translation>%1 — 斑贴测试：%2</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="380"/>
        <source>Patch test</source>
        <translation>斑贴测试</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="386"/>
        <source>%1  %2, %3 — “%4” (%5)</source>
        <translation>%1  %2，%3 — “%4”（%5）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="400"/>
        <source>Under 18 (%n year(s) old): check identity and parental consent before any treatment.</source>
        <translation>
            <numerusform>未满 18 岁（%n 岁）：进行任何项目前，请核实身份并确认已取得监护人同意。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="406"/>
        <source>No date of birth: age-restricted treatments cannot be checked.</source>
        <translation>无出生日期：无法核查有年龄限制的项目。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="409"/>
        <source>%n other record(s) may be the same person.</source>
        <translation>
            <numerusform>另有 %n 份档案可能属于同一人。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="411"/>
        <source>No phone or email: the client cannot be reached.</source>
        <translation>无电话或电子邮箱：无法联系该客户。</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="412"/>
        <source>Allergies: %1</source>
        <translation>过敏：%1</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="414"/>
        <source>The medical history has not been gone through with the client yet.</source>
        <translation>尚未与客户一起核对病史。</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="417"/>
        <source>The medical history was last reviewed on %1: go through it again before treating.</source>
        <translation>病史最近一次核对于 %1：治疗前请重新核对。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="420"/>
        <source>%n contraindication warning(s) were let through with a reason.</source>
        <translation>
            <numerusform>%n 条禁忌提示已凭理由放行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="431"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="432"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="433"/>
        <source>Intersex</source>
        <translation>间性</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="434"/>
        <source>Prefers not to say</source>
        <translation>不愿透露</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="448"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="449"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="450"/>
        <source>Gender identity</source>
        <translation>性别认同</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="451"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="452"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="453"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="454"/>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="455"/>
        <source>How they found us</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="457"/>
        <source>Marketing</source>
        <translation>营销信息</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="458"/>
        <source>Agreed</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="458"/>
        <source>Not agreed</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="460"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="461"/>
        <source>Client since</source>
        <translation>建档时间</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="472"/>
        <source>Record created</source>
        <translation>档案已创建</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="473"/>
        <source>Record changed</source>
        <translation>档案已修改</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="474"/>
        <source>Record opened</source>
        <translation>档案已查看</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="475"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="476"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="477"/>
        <source>History entry added</source>
        <translation>已添加病史条目</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="478"/>
        <source>History entry changed</source>
        <translation>已修改病史条目</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="479"/>
        <source>History entry removed</source>
        <translation>已移除病史条目</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="480"/>
        <source>History reviewed with the client</source>
        <translation>已与客户核对病史</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="481"/>
        <source>Contraindication warning let through</source>
        <translation>已放行禁忌提示</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="482"/>
        <source>Patch test applied</source>
        <translation>已进行斑贴测试</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="483"/>
        <source>Patch test read</source>
        <translation>已读取斑贴测试结果</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="484"/>
        <source>Consultation started</source>
        <translation>面诊已开始</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="485"/>
        <source>Consultation finished</source>
        <translation>面诊已完成</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="486"/>
        <source>Consultation amended</source>
        <translation>面诊记录已修正</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="487"/>
        <source>Draft consultation discarded</source>
        <translation>已放弃面诊草稿</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="488"/>
        <source>Treatment plan drafted</source>
        <translation>已拟定治疗方案草稿</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="489"/>
        <source>Client answered the health questionnaire</source>
        <translation>客户已填写健康问卷</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="490"/>
        <source>Client&apos;s answers accepted into the history</source>
        <translation>客户的回答已纳入病史</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="491"/>
        <source>Client&apos;s answers discarded</source>
        <translation>已放弃客户的回答</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="496"/>
        <source>Imported from a client list</source>
        <translation>从客户名单导入</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/client_table_model.py" line="38"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="39"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="40"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="41"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="42"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
</context>
<context>
    <name>ClinicDeskError</name>
    <message>
        <location filename="../../cli.py" line="100"/>
        <source>No passphrase given: set CLINICDESK_PASSPHRASE or use --passphrase-stdin.</source>
        <translation>未提供密码短语：请设置 CLINICDESK_PASSPHRASE 或使用 --passphrase-stdin。</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="150"/>
        <source>--clients must be at least 1.</source>
        <translation>--clients 必须至少为 1。</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="221"/>
        <source>Verification found {count} problem(s).</source>
        <translation>验证发现 {count} 个问题。</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="245"/>
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
        <location filename="../../services/client_fields.py" line="91"/>
        <source>The given name is required.</source>
        <translation>名字为必填项。</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="98"/>
        <source>The family name is required.</source>
        <translation>姓氏为必填项。</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="198"/>
        <location filename="../../services/catalogue.py" line="220"/>
        <location filename="../../services/client_fields.py" line="107"/>
        <location filename="../../services/clinic.py" line="72"/>
        <location filename="../../services/products.py" line="69"/>
        <source>This field holds at most {maximum} characters; it has {length}.</source>
        <translation>此字段最多 {maximum} 个字符，当前为 {length} 个。</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="120"/>
        <source>The date of birth is in the future.</source>
        <translation>出生日期是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="127"/>
        <source>The date of birth is before 1900.</source>
        <translation>出生日期早于 1900 年。</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="134"/>
        <source>This is not an email address.</source>
        <translation>这不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="141"/>
        <source>Unknown value for sex.</source>
        <translation>未知的性别值。</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="147"/>
        <location filename="../../services/clinic.py" line="93"/>
        <source>Unknown language.</source>
        <translation>未知的语言。</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="154"/>
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
        <location filename="../../services/clinic.py" line="61"/>
        <location filename="../../services/practice.py" line="228"/>
        <source>The clinic&apos;s name is required.</source>
        <translation>机构名称为必填项。</translation>
    </message>
    <message>
        <location filename="../../services/clinic.py" line="83"/>
        <source>Review the history every {low} to {high} days.</source>
        <translation>病史复核间隔须为 {low} 至 {high} 天。</translation>
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
        <location filename="../../services/integrity.py" line="58"/>
        <source>The database is older than the last change recorded for this vault: it may have been replaced by an older copy. Nothing was changed. Restore your most recent backup, and run &apos;clinicdesk verify&apos; for details.</source>
        <translation>数据库比此保险库记录的最后一次更改还要旧：它可能已被旧副本替换。未做任何更改。请恢复最近的备份，并运行“clinicdesk verify”查看详情。</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="74"/>
        <source>ClinicDesk is locked; unlock it and try again.</source>
        <translation>ClinicDesk 已锁定；请解锁后重试。</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="168"/>
        <location filename="../../vault/blobs.py" line="112"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满。未保存任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="174"/>
        <source>The database refused the change ({reason}).</source>
        <translation>数据库拒绝了此更改（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="200"/>
        <source>The data folder {folder} cannot be created: {reason}</source>
        <translation>无法创建数据文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="233"/>
        <source>Your name is required.</source>
        <translation>您的姓名为必填项。</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="243"/>
        <source>The data folder holds a database without its vault header. It was left as it is; restore the folder from a backup or choose another folder.</source>
        <translation>数据文件夹中有一个缺少保险库头文件的数据库。该文件夹已保持原样；请从备份恢复该文件夹，或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="308"/>
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
        <location filename="../../services/catalogue.py" line="151"/>
        <location filename="../../services/catalogue.py" line="160"/>
        <source>This treatment is not in the catalogue.</source>
        <translation>目录中没有此项治疗。</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="192"/>
        <source>The treatment needs a name.</source>
        <translation>治疗项目需要名称。</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="241"/>
        <source>Patch-test times cannot be negative.</source>
        <translation>斑贴测试的时间不能为负数。</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="246"/>
        <source>Patch-test times are at most {hours} hours before the treatment and {days} days of validity.</source>
        <translation>斑贴测试最多可在治疗前 {hours} 小时进行，有效期最长 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="257"/>
        <source>A required patch test needs time to be read: at least one hour before the treatment.</source>
        <translation>必需的斑贴测试需要留出读取结果的时间：至少须在治疗前一小时进行。</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="272"/>
        <source>A treatment that requires consent needs a consent template.</source>
        <translation>需要签署同意书的治疗必须指定同意书模板。</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="279"/>
        <source>A consent template is named by its code: lower-case letters, digits and underscores, e.g. chemical_peel.</source>
        <translation>同意书模板以代码命名：只能使用小写字母、数字和下划线，例如 chemical_peel。</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="330"/>
        <source>A service lasts {minimum} to {maximum} minutes.</source>
        <translation>服务项目时长须为 {minimum} 至 {maximum} 分钟。</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="337"/>
        <location filename="../../services/plans.py" line="198"/>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="341"/>
        <location filename="../../services/plans.py" line="202"/>
        <source>This price is too high.</source>
        <translation>价格过高。</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="346"/>
        <location filename="../../services/plans.py" line="190"/>
        <source>Prices are in the practice&apos;s currency, {currency}.</source>
        <translation>价格以本机构的货币（{currency}）计。</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="384"/>
        <source>This service is not in the catalogue.</source>
        <translation>目录中没有此服务项目。</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="80"/>
        <source>Unknown history section.</source>
        <translation>未知的病史类别。</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="83"/>
        <location filename="../../ui/history_item_dialog.py" line="421"/>
        <source>Choose an entry from the list or describe it.</source>
        <translation>请从列表中选择或加以描述。</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="87"/>
        <source>Unknown history code.</source>
        <translation>未知的病史代码。</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="94"/>
        <location filename="../../services/history.py" line="90"/>
        <location filename="../../services/photos.py" line="139"/>
        <location filename="../../services/plans.py" line="157"/>
        <location filename="../../services/session_changes.py" line="97"/>
        <location filename="../../ui/history_item_dialog.py" line="433"/>
        <source>This text is {length} characters long; at most {limit} fit. Shorten it or put the rest in the client&apos;s notes.</source>
        <translation>此文本共 {length} 个字符，最多可容纳 {limit} 个。请缩短，或将其余内容写入客户备注。</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="160"/>
        <source>This consultation no longer exists.</source>
        <translation>该面诊记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="168"/>
        <source>This consultation is final: it cannot be changed, only amended with a reason.</source>
        <translation>该面诊记录已定稿：无法更改，只能附理由进行修正。</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="292"/>
        <source>Write why the client came.</source>
        <translation>请写明客户的来访原因。</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="296"/>
        <source>The client&apos;s consent to keep their health data is needed to finalise the consultation: without it the clinic cannot keep their record.</source>
        <translation>须取得客户同意保存其健康数据，才能完成面诊：未经同意，机构无法保存其档案。</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="314"/>
        <source>A planned treatment is ruled out by the client&apos;s history, or needs a reason recorded before it can be planned. Take it out of the plan or record the reason on the screening page.</source>
        <translation>某项计划中的治疗因客户病史而被排除，或须先记录理由才能列入方案。请将其从方案中移除，或在筛查页面记录理由。</translation>
    </message>
    <message>
        <location filename="../../services/reasons.py" line="13"/>
        <source>Write why this is corrected (at least {minimum} characters).</source>
        <translation>请写明更正的原因（至少 {minimum} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../services/reasons.py" line="16"/>
        <source>This reason is {length} characters long; at most {maximum} fit. Keep it to the point.</source>
        <translation>此原因共 {length} 个字符，最多只能填写 {maximum} 个字符。请简明扼要。</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="367"/>
        <source>The new text is the same as the current one.</source>
        <translation>新内容与当前内容相同。</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="102"/>
        <source>The date {date} is not possible here: it must be between 1900 and today.</source>
        <translation>日期 {date} 在此不可用：必须介于1900年与今天之间。</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="111"/>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="212"/>
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
        <location filename="../../services/screening.py" line="189"/>
        <source>This contraindication is absolute: the treatment cannot go ahead, whatever the reason.</source>
        <translation>此为绝对禁忌：无论何种理由，均不得进行治疗。</translation>
    </message>
    <message>
        <location filename="../../services/screening.py" line="198"/>
        <source>Write why the treatment can go ahead despite this warning ({minimum} to {maximum} characters).</source>
        <translation>请写明尽管有此提示仍可进行治疗的理由（{minimum}至{maximum}个字符）。</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="47"/>
        <source>One answer cannot be kept as it is (a date that does not exist or is in the future, or a text that is too long). Check the highlighted question.</source>
        <translation>有一个回答无法按原样保存（日期不存在或是将来的日期，或文本过长）。请检查突出显示的问题。</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="155"/>
        <source>These answers were already reviewed.</source>
        <translation>这些回答已审核过。</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="127"/>
        <location filename="../../services/sessions.py" line="409"/>
        <source>This service is not one of the treatment&apos;s services.</source>
        <translation>此服务项目不属于该治疗。</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="134"/>
        <source>A plan has between 1 and {maximum} sessions of a treatment.</source>
        <translation>方案中每项治疗的次数须为 1 至 {maximum} 次。</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="144"/>
        <source>Sessions are between 1 and {maximum} days apart.</source>
        <translation>每次治疗的间隔须为 1 至 {maximum} 天。</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="169"/>
        <source>The client agreed to this plan: write why it changes (at least {minimum} characters).</source>
        <translation>客户已确认此方案：请写明更改原因（至少 {minimum} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="173"/>
        <source>Write why the plan is stopped (at least {minimum} characters).</source>
        <translation>请写明终止方案的原因（至少 {minimum} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="176"/>
        <source>A plan needs at least one session.</source>
        <translation>方案至少需要包含一次治疗。</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="177"/>
        <source>This plan is completed or stopped: it can no longer be changed.</source>
        <translation>此方案已完成或已终止：无法再更改。</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="251"/>
        <location filename="../../services/sessions.py" line="378"/>
        <source>This treatment plan no longer exists.</source>
        <translation>该治疗方案已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="100"/>
        <source>A treatment in this plan is ruled out by the client&apos;s history (an absolute contraindication). Take it out of the plan before agreeing it.</source>
        <translation>此方案中的某项治疗因客户病史而被排除（绝对禁忌症）。请先将其从方案中移除，再与客户确认方案。</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="194"/>
        <source>This plan changed meanwhile; open it again and retry.</source>
        <translation>此方案在此期间已被更改；请重新打开后重试。</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="221"/>
        <source>Nothing in the plan was changed.</source>
        <translation>方案没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="264"/>
        <source>This treatment is no longer in the plan.</source>
        <translation>此治疗项目已不在方案中。</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="268"/>
        <source>This treatment has sessions 1 to {sessions} planned.</source>
        <translation>此治疗项目计划进行第 1 至第 {sessions} 次治疗。</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="284"/>
        <source>The session is already planned on this day.</source>
        <translation>该次治疗已安排在这一天。</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="316"/>
        <source>Only a draft plan can be agreed with the client.</source>
        <translation>只有草稿状态的方案才能与客户确认。</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="321"/>
        <source>Only a plan agreed with the client can be started.</source>
        <translation>只有已与客户确认的方案才能开始。</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="326"/>
        <source>Only a plan in progress can be completed.</source>
        <translation>只有进行中的方案才能标记为已完成。</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="65"/>
        <source>Name the product.</source>
        <translation>请填写产品名称。</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="82"/>
        <source>The usual largest quantity must be more than 0.</source>
        <translation>常用最大用量必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="128"/>
        <source>This product no longer exists.</source>
        <translation>该产品已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/batch_recalls.py" line="61"/>
        <location filename="../../services/products.py" line="155"/>
        <source>Type the batch (lot) number as printed on the box.</source>
        <translation>请按包装盒上印的内容填写批号。</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="162"/>
        <source>A batch cannot arrive in the future.</source>
        <translation>入库日期不能是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="174"/>
        <source>This batch is already recorded.</source>
        <translation>此批号已记录。</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="212"/>
        <source>This batch no longer exists.</source>
        <translation>该批号已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="215"/>
        <source>Batch {lot} expired on {expiry}: it cannot be used. Choose another batch.</source>
        <translation>批号 {lot} 已于 {expiry} 过期：不能使用。请选择其他批号。</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="234"/>
        <location filename="../../services/session_changes.py" line="243"/>
        <source>Type a quantity more than 0, for example 20 or 0.5.</source>
        <translation>请输入大于 0 的数量，例如 20 或 0.5。</translation>
    </message>
    <message>
        <source>Comfort is a whole number from 0 (none) to {maximum} (worst imaginable), or the client&apos;s own words.</source>
        <translation type="vanished">舒适度填写 0（无不适）到 {maximum}（难以想象的最差）之间的整数，或客户自己的描述。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="126"/>
        <source>Discomfort is a whole number from 0 (none) to {maximum} (worst imaginable), or the client&apos;s own words.</source>
        <translation>不适程度应为 0（无不适）到 {maximum}（难以想象的最差）之间的整数，或填写客户自己的描述。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="150"/>
        <source>At most {maximum} areas can be drawn.</source>
        <translation>图示上最多可绘制 {maximum} 个区域。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="158"/>
        <source>{parameter} is not recorded for this treatment.</source>
        <translation>此治疗项目不记录{parameter}。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="161"/>
        <source>{parameter}: type a number.</source>
        <translation>{parameter}：请输入数字。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="162"/>
        <source>{parameter}: choose one of the values offered.</source>
        <translation>{parameter}：请从提供的选项中选择。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="166"/>
        <source>{parameter} must be from {minimum} to {maximum}{unit}.</source>
        <translation>{parameter}必须在 {minimum} 到 {maximum}{unit} 之间。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="169"/>
        <source>{parameter} goes in steps of {step}{unit}, from {minimum}.</source>
        <translation>{parameter}以 {step}{unit} 为步长，从 {minimum} 开始。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="206"/>
        <source>At most {maximum} areas can be listed.</source>
        <translation>最多可列出 {maximum} 个部位。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="224"/>
        <source>The next visit cannot be before this one.</source>
        <translation>下次就诊不能早于本次。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="251"/>
        <source>{quantity} {unit} is far more than one session can use: check the quantity.</source>
        <translation>{quantity} {unit} 远超一次治疗可用的量：请核对数量。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="262"/>
        <source>A quantity is recorded to at most 3 decimal places.</source>
        <translation>数量最多保留 3 位小数。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="287"/>
        <source>Choose the unit from the list.</source>
        <translation>请从列表中选择单位。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="311"/>
        <source>This session is signed off: it cannot be changed, only amended with a reason.</source>
        <translation>本次治疗已签核：不能再修改，只能注明原因后修正。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="369"/>
        <source>Some quantities are above the product&apos;s usual largest quantity ({count} in all). Check them and confirm that they are right.</source>
        <translation>部分用量超过该产品的常规最大用量（共 {count} 项）。请核对并确认无误。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="531"/>
        <source>The new value is the same as the current one.</source>
        <translation>新值与当前值相同。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="561"/>
        <source>Choose how severe it was.</source>
        <translation>请选择严重程度。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="573"/>
        <source>Describe what happened.</source>
        <translation>请描述发生了什么。</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="585"/>
        <source>An adverse event is recorded between the day of the session and now.</source>
        <translation>不良事件的记录时间须在治疗当天与现在之间。</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="217"/>
        <source>This session no longer exists.</source>
        <translation>该治疗记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="351"/>
        <source>A session cannot be recorded in the future. Check the date and time.</source>
        <translation>不能记录未来的治疗。请核对日期和时间。</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="359"/>
        <source>This date is before the client was born ({born}). Check the date.</source>
        <translation>该日期早于客户的出生日期（{born}）。请核对日期。</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="462"/>
        <source>The client&apos;s history rules this treatment out: it cannot go ahead.</source>
        <translation>客户的病史排除了此治疗：不能进行。</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="470"/>
        <source>The screening found a reason not to treat. Record why the treatment can go ahead today, or do not treat.</source>
        <translation>筛查发现不宜治疗的原因。请记录今天仍可进行治疗的理由，否则不要治疗。</translation>
    </message>
    <message>
        <location filename="../../services/calendar_export.py" line="46"/>
        <source>The last day comes before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../services/calendar_export.py" line="51"/>
        <source>Export at most {days} days of planned sessions at once.</source>
        <translation>每次最多导出 {days} 天内计划中的治疗。</translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="275"/>
        <source>This follow-up is no longer in the recall rules.</source>
        <translation>回访规则中已不再包含此回访。</translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="287"/>
        <source>This note is {length} characters long; at most {limit} fit.</source>
        <translation>此备注共 {length} 个字符，最多可容纳 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="336"/>
        <source>Choose how the contact went.</source>
        <translation>请选择联系结果。</translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="345"/>
        <source>A contact is recorded between the day of the treatment and now.</source>
        <translation>联系时间须在治疗当天与现在之间。</translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="354"/>
        <source>The client had no signed-off treatment of this kind on that day.</source>
        <translation>该客户当天没有已签核的此类治疗。</translation>
    </message>
    <message>
        <location filename="../../services/photo_exports.py" line="46"/>
        <source>The client&apos;s photo consent does not allow this use of {count} of the photos.</source>
        <translation>客户的照片使用同意不允许将其中 {count} 张照片用于此用途。</translation>
    </message>
    <message>
        <location filename="../../services/photo_exports.py" line="58"/>
        <source>The client agreed to anonymised teaching only: crop the photos or blur the eyes before exporting them for teaching.</source>
        <translation>客户仅同意将照片用于匿名化教学：导出用于教学之前，请先裁剪照片或模糊眼部。</translation>
    </message>
    <message>
        <location filename="../../services/photo_exports.py" line="82"/>
        <location filename="../../services/photos.py" line="200"/>
        <source>This photo no longer exists.</source>
        <translation>该照片已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="115"/>
        <source>{file} is not a photo ClinicDesk can import (JPEG, PNG, WebP, HEIC).</source>
        <translation>{file} 不是 ClinicDesk 可导入的照片（JPEG、PNG、WebP、HEIC）。</translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="125"/>
        <source>{file} is larger than {limit} megapixels. Export a smaller copy and import that.</source>
        <translation>{file} 超过 {limit} 百万像素。请导出一份较小的副本，再导入该副本。</translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="136"/>
        <location filename="../../ui/photo_import_dialog_work.py" line="27"/>
        <source>{file} is larger than {limit} MB, more than any photo needs.</source>
        <translation>{file} 超过 {limit} MB，远超任何照片所需的大小。</translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="146"/>
        <source>{file} is damaged or incomplete, so it cannot be read.</source>
        <translation>{file} 已损坏或不完整，无法读取。</translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="296"/>
        <source>{file} is already among this client&apos;s photos.</source>
        <translation>{file} 已在该客户的照片中。</translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="129"/>
        <source>Choose the body area from the list.</source>
        <translation>请从列表中选择身体部位。</translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="134"/>
        <source>Choose the view from the list.</source>
        <translation>请从列表中选择拍摄角度。</translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="155"/>
        <source>The client&apos;s photo consent does not cover every use chosen for this photo.</source>
        <translation>客户的照片使用同意未涵盖为此照片选择的全部用途。</translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="177"/>
        <source>This session is not one of this client&apos;s.</source>
        <translation>此治疗记录不属于该客户。</translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="346"/>
        <source>The photo was erased from the client&apos;s record, but its encrypted files could not be removed from {folder}: {reason}. They are removed at the next clean-up.</source>
        <translation>照片已从客户档案中删除，但其加密文件无法从 {folder} 中移除：{reason}。这些文件将在下次清理时移除。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_work.py" line="37"/>
        <source>{file} cannot be opened: {reason}.</source>
        <translation>无法打开 {file}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../vault/blobs.py" line="118"/>
        <source>ClinicDesk cannot write in {folder}: {reason}. Nothing was saved.</source>
        <translation>ClinicDesk 无法写入 {folder}：{reason}。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../vault/blobs.py" line="128"/>
        <source>The stored file {name} is missing from the data folder. Restore the folder from a backup; &apos;clinicdesk verify&apos; lists every file affected.</source>
        <translation>数据文件夹中缺少已存储的文件 {name}。请从备份恢复该文件夹；运行“clinicdesk verify”可列出所有受影响的文件。</translation>
    </message>
    <message>
        <location filename="../../vault/blobs.py" line="139"/>
        <source>The stored file {name} is damaged or was altered, so it cannot be opened. Restore the folder from a backup; &apos;clinicdesk verify&apos; lists every file affected.</source>
        <translation>已存储的文件 {name} 已损坏或被改动，无法打开。请从备份恢复该文件夹；运行“clinicdesk verify”可列出所有受影响的文件。</translation>
    </message>
    <message>
        <location filename="../../vault/blobs.py" line="248"/>
        <source>The stored file {name} could not be read from disk.</source>
        <translation>无法从磁盘读取已存储的文件 {name}。</translation>
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
    <name>CodeNames</name>
    <message>
        <location filename="../../ui/code_names.py" line="18"/>
        <source>Conditions</source>
        <translation>疾病与身体状况</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="19"/>
        <source>Current medication</source>
        <translation>当前用药</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="20"/>
        <source>Allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="21"/>
        <source>Pregnancy</source>
        <translation>妊娠</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="22"/>
        <source>Implants and devices</source>
        <translation>植入物与医疗器械</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="23"/>
        <source>Skin conditions</source>
        <translation>皮肤疾病</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="24"/>
        <source>Previous aesthetic treatments</source>
        <translation>既往美容治疗</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="25"/>
        <source>Surgery</source>
        <translation>手术史</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="26"/>
        <source>Lifestyle</source>
        <translation>生活方式</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="27"/>
        <source>Fitzpatrick skin type</source>
        <translation>Fitzpatrick 皮肤分型</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="28"/>
        <source>Skin type</source>
        <translation>皮肤类型</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="29"/>
        <source>Concerns</source>
        <translation>关注问题</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="30"/>
        <source>Identity check</source>
        <translation>身份核验</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="34"/>
        <source>Pregnant</source>
        <translation>妊娠期</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="35"/>
        <source>Breastfeeding</source>
        <translation>哺乳期</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="36"/>
        <source>Trying to conceive</source>
        <translation>备孕</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="37"/>
        <source>Pacemaker</source>
        <translation>心脏起搏器</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="38"/>
        <source>Implanted defibrillator (ICD)</source>
        <translation>植入式心律转复除颤器（ICD）</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="39"/>
        <source>Metal implant</source>
        <translation>金属植入物</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="40"/>
        <source>Permanent filler</source>
        <translation>永久性填充剂</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="41"/>
        <source>Keloid or raised scarring tendency</source>
        <translation>瘢痕疙瘩体质或增生性瘢痕倾向</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="42"/>
        <source>Cold sores (herpes simplex)</source>
        <translation>唇疱疹（单纯疱疹）</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="43"/>
        <source>Active skin infection</source>
        <translation>活动性皮肤感染</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="44"/>
        <source>Eczema</source>
        <translation>湿疹</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="45"/>
        <source>Psoriasis</source>
        <translation>银屑病</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="46"/>
        <source>Rosacea</source>
        <translation>玫瑰痤疮</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="47"/>
        <source>Active acne</source>
        <translation>活动性痤疮</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="48"/>
        <source>Vitiligo</source>
        <translation>白癜风</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="49"/>
        <source>Diabetes</source>
        <translation>糖尿病</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="50"/>
        <source>Epilepsy</source>
        <translation>癫痫</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="51"/>
        <source>Autoimmune disease</source>
        <translation>自身免疫性疾病</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="52"/>
        <source>Bleeding disorder</source>
        <translation>出血性疾病</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="53"/>
        <source>Neuromuscular disorder (e.g. myasthenia gravis)</source>
        <translation>神经肌肉疾病（如重症肌无力）</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="56"/>
        <source>Cancer or cancer treatment</source>
        <translation>癌症或抗癌治疗</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="57"/>
        <source>Photosensitivity disorder</source>
        <translation>光敏性疾病</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="58"/>
        <source>Recent surgery in the treatment area</source>
        <translation>治疗部位近期手术</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="59"/>
        <source>Tendency to darker marks after injury (hyperpigmentation)</source>
        <translation>损伤后易留深色印记（色素沉着）</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="62"/>
        <source>Allergy to a product ingredient</source>
        <translation>对产品成分过敏</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="65"/>
        <source>Recent sun tan</source>
        <translation>近期晒黑</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="69"/>
        <source>Isotretinoin</source>
        <translation>异维A酸</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="70"/>
        <source>Other retinoids</source>
        <translation>其他维A酸类药物</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="71"/>
        <source>Anticoagulants</source>
        <translation>抗凝药</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="72"/>
        <source>Antiplatelet drugs</source>
        <translation>抗血小板药</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="73"/>
        <source>Photosensitising drugs</source>
        <translation>光敏性药物</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="74"/>
        <source>Immunosuppressants</source>
        <translation>免疫抑制剂</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="75"/>
        <source>Antibiotics</source>
        <translation>抗生素</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="76"/>
        <source>Corticosteroids</source>
        <translation>糖皮质激素</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="81"/>
        <source>Normal</source>
        <translation>中性</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="82"/>
        <source>Dry</source>
        <translation>干性</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="83"/>
        <source>Oily</source>
        <translation>油性</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="84"/>
        <source>Combination</source>
        <translation>混合性</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="85"/>
        <source>Sensitive</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="86"/>
        <source>Smoker</source>
        <translation>吸烟</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="87"/>
        <source>Frequent sun exposure</source>
        <translation>经常日晒</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="88"/>
        <source>Uses sunbeds</source>
        <translation>使用日光浴床</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="89"/>
        <source>Uses self-tan</source>
        <translation>使用自助美黑产品</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="90"/>
        <source>Not pregnant</source>
        <translation>未怀孕</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="94"/>
        <source>Type I: always burns, never tans</source>
        <translation>I 型：总是晒伤，从不晒黑</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="95"/>
        <source>Type II: usually burns, tans minimally</source>
        <translation>II 型：通常晒伤，很少晒黑</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="96"/>
        <source>Type III: sometimes burns, tans gradually</source>
        <translation>III 型：有时晒伤，逐渐晒黑</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="97"/>
        <source>Type IV: rarely burns, tans easily</source>
        <translation>IV 型：很少晒伤，容易晒黑</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="98"/>
        <source>Type V: very rarely burns, tans darkly</source>
        <translation>V 型：极少晒伤，晒后肤色很深</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="99"/>
        <source>Type VI: never burns, deeply pigmented</source>
        <translation>VI 型：从不晒伤，肤色深黑</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="103"/>
        <source>Mild</source>
        <translation>轻度</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="104"/>
        <source>Moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="105"/>
        <source>Severe</source>
        <translation>重度</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="109"/>
        <source>Practitioner</source>
        <translation>治疗师</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="110"/>
        <source>Client (self-reported)</source>
        <translation>客户（自述）</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="111"/>
        <source>Consultation</source>
        <translation>面诊</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="114"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../ui/photo_compare_keys.py" line="130"/>
        <source>Photo B cannot be moved, scaled or turned any further.</source>
        <translation>照片 B 无法再移动、缩放或旋转。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare_view.py" line="78"/>
        <source>Photos compared</source>
        <translation>对比的照片</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare_view.py" line="246"/>
        <source>That is the first point again: choose the second one.</source>
        <translation>这与第一个点相同：请选择第二个点。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare_view.py" line="257"/>
        <source>These points would make one photo more than ten times the size of the other. Choose them again.</source>
        <translation>按这些点对齐，一张照片会比另一张大十倍以上。请重新选择。</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../ui/photo_comparison.py" line="107"/>
        <source>Compare photos</source>
        <translation>对比照片</translation>
    </message>
    <message>
        <source>&amp;Area and view:</source>
        <translation type="vanished">部位和角度(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="108"/>
        <source>Area and &amp;view:</source>
        <translation>部位和角度(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="109"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="111"/>
        <source>Save the photos side by side as a JPEG or PDF, for a use their consent allows</source>
        <translation>将照片并排保存为 JPEG 或 PDF，用于其使用同意所允许的用途</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_comparison.py" line="136"/>
        <source>%1 (%n photo(s))</source>
        <translation>
            <numerusform>%1（%n 张照片）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="152"/>
        <source>%1 · no session</source>
        <translation>%1 · 无治疗记录</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="153"/>
        <source>%1 · session %2</source>
        <translation>%1 · 第 %2 次治疗</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="179"/>
        <source>There is only one photo of this area and view: import another one, taken on another day, to compare them.</source>
        <translation>该部位和角度只有一张照片：请再导入一张在其他日期拍摄的照片，才能进行对比。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="204"/>
        <source>This is the first photo of this area and view.</source>
        <translation>这是该部位和角度的第一张照片。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="206"/>
        <source>This is the latest photo of this area and view.</source>
        <translation>这是该部位和角度的最新一张照片。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="235"/>
        <source>This alignment moves the photos too far apart to be kept: it is shown but not saved.</source>
        <translation>此对齐使照片偏移过大，无法保留：仅作显示，不会保存。</translation>
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
    <name>ConsentPage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="205"/>
        <source>Consents</source>
        <translation>同意事项</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="206"/>
        <source>Ask the client; tick only what they agree to.</source>
        <translation>请询问客户，仅勾选其同意的事项。</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="209"/>
        <source>The client agrees that the clinic keeps their health information and treatment records to treat them safely (required)</source>
        <translation>客户同意机构保存其健康信息和治疗记录，以确保治疗安全（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="213"/>
        <source>Photos may be used for:</source>
        <translation>照片可用于：</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="214"/>
        <source>The clinical record only</source>
        <translation>仅限临床档案</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="215"/>
        <source>Anonymised teaching and training</source>
        <translation>匿名化的教学与培训</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="217"/>
        <source>Marketing: website, social media, brochures (the face may be recognisable)</source>
        <translation>营销：网站、社交媒体、宣传册（面部可能被认出）</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="221"/>
        <source>Finishing makes the consultation final: afterwards it can only be amended, with a reason. The recommendation becomes a draft treatment plan.</source>
        <translation>完成后，面诊记录即定稿：之后只能附理由进行修正。所作建议将成为治疗方案草稿。</translation>
    </message>
</context>
<context>
    <name>ConsultationDocuments</name>
    <message>
        <location filename="../../ui/consultation_documents.py" line="44"/>
        <source>Reason for the visit</source>
        <translation>来访原因</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="45"/>
        <source>Concerns</source>
        <translation>关注问题</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="46"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="47"/>
        <source>Expectation agreed</source>
        <translation>商定的预期</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="48"/>
        <source>Timeframe</source>
        <translation>时间安排</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="49"/>
        <source>Lifestyle</source>
        <translation>生活方式</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="50"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="51"/>
        <source>Skin assessment</source>
        <translation>皮肤评估</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="52"/>
        <location filename="../../ui/consultation_documents.py" line="67"/>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="53"/>
        <source>Agreed next steps</source>
        <translation>商定的后续步骤</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="54"/>
        <source>Photo consent</source>
        <translation>照片使用同意</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="57"/>
        <source>Why the client came</source>
        <translation>客户来访原因</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="59"/>
        <source>Goals and expectations</source>
        <translation>目标与预期</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="63"/>
        <source>Lifestyle and skin</source>
        <translation>生活方式与皮肤</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="72"/>
        <source>clinical record</source>
        <translation>临床档案</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="73"/>
        <source>anonymised teaching</source>
        <translation>匿名化教学</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="74"/>
        <source>marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="77"/>
        <source>Health questionnaire</source>
        <translation>健康问卷</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="78"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="79"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="80"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="81"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="82"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="83"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="84"/>
        <source>Client&apos;s signature</source>
        <translation>客户签名</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="85"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="86"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="87"/>
        <source>Substance, reaction and how severe:</source>
        <translation>过敏物质、反应及严重程度：</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="88"/>
        <source>Consultation summary</source>
        <translation>面诊摘要</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="89"/>
        <location filename="../../ui/consultation_documents.py" line="106"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="90"/>
        <source>Consultation</source>
        <translation>面诊</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="91"/>
        <location filename="../../ui/consultation_documents.py" line="107"/>
        <source>Practitioner</source>
        <translation>治疗师</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="92"/>
        <source>Final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="93"/>
        <source>Draft: not finalised</source>
        <translation>草稿：未定稿</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="94"/>
        <source>Contraindication screening</source>
        <translation>禁忌症筛查</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="95"/>
        <source>Treatment</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="96"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="97"/>
        <source>Finding</source>
        <translation>筛查结果</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="98"/>
        <source>Let through because:</source>
        <translation>放行理由：</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="99"/>
        <source>Amendments</source>
        <translation>修正记录</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="100"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="101"/>
        <source>Who</source>
        <translation>修正人</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="102"/>
        <source>What</source>
        <translation>修正项</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="103"/>
        <source>Before</source>
        <translation>修正前</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="104"/>
        <source>After</source>
        <translation>修正后</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="105"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="108"/>
        <source>Absolute</source>
        <translation>绝对禁忌</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="109"/>
        <source>Relative</source>
        <translation>相对禁忌</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="110"/>
        <source>Caution</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="111"/>
        <source>Clear</source>
        <translation>无禁忌</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="112"/>
        <source>Nothing in the history stands in the way.</source>
        <translation>病史中没有妨碍治疗的情况。</translation>
    </message>
</context>
<context>
    <name>ConsultationWizard</name>
    <message>
        <location filename="../../ui/consultation_wizard.py" line="87"/>
        <source>Consultation</source>
        <translation>面诊</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_wizard.py" line="88"/>
        <source>Save draft and close</source>
        <translation>保存草稿并关闭</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_wizard.py" line="89"/>
        <source>Finish consultation</source>
        <translation>完成面诊</translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <location filename="../../ui/consultations_tab.py" line="129"/>
        <source>Client fills in the health questionnaire…</source>
        <translation>由客户填写健康问卷…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="130"/>
        <source>Print a blank questionnaire</source>
        <translation>打印空白问卷</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="131"/>
        <source>Review the answers</source>
        <translation>审核回答</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="132"/>
        <source>Amend…</source>
        <translation>修正…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="133"/>
        <source>Print summary…</source>
        <translation>打印摘要…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="134"/>
        <source>Save summary as PDF…</source>
        <translation>将摘要另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="135"/>
        <location filename="../../ui/consultations_tab.py" line="321"/>
        <source>Discard draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="137"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="137"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="137"/>
        <source>Reason</source>
        <translation>来访原因</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="137"/>
        <source>Practitioner</source>
        <translation>治疗师</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="141"/>
        <source>No consultation yet. Start one with the client: it goes through their goals, their health and the treatments considered, and ends with a draft plan.</source>
        <translation>还没有面诊记录。请与客户开始一次面诊：面诊将依次了解客户的目标、健康状况和考虑的治疗，最后生成方案草稿。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consultations_tab.py" line="157"/>
        <source>The client answered the health questionnaire %n time(s): not reviewed yet.</source>
        <translation>
            <numerusform>客户已填写健康问卷 %n 次：尚未审核。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="166"/>
        <source>Resume the consultation…</source>
        <translation>继续面诊…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="166"/>
        <source>New consultation…</source>
        <translation>新建面诊…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="171"/>
        <source>Final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="171"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consultations_tab.py" line="173"/>
        <source>%n amendment(s)</source>
        <translation>
            <numerusform>%n 处修正</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="235"/>
        <source>Amended on %1 by %2. Reason: %3</source>
        <translation>%2 于 %1 修正。原因：%3</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="248"/>
        <source>Nothing written yet.</source>
        <translation>尚未填写任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="322"/>
        <source>Discard this unfinished consultation? What was written in it is lost.</source>
        <translation>是否放弃这次未完成的面诊？其中已填写的内容将会丢失。</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="340"/>
        <source>Consultation summary</source>
        <translation>面诊摘要</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="352"/>
        <source>Health questionnaire</source>
        <translation>健康问卷</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="190"/>
        <source>Log a contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="192"/>
        <source>%1 — %2, treated on %3</source>
        <translation>%1 — %2，治疗日期：%3</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="197"/>
        <source>Outcome</source>
        <translation>联系结果</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="198"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="199"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="203"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="208"/>
        <source>Optional: what was said, when to try again</source>
        <translation>选填：沟通内容、何时再次联系</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="214"/>
        <source>This closes the follow-up: it leaves the list.</source>
        <translation>此结果将结束该回访，并将其从列表中移除。</translation>
    </message>
</context>
<context>
    <name>ContactHistory</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="263"/>
        <source>Contacts with this client</source>
        <translation>与该客户的联系记录</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>Treatment</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="266"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../ui/date_field.py" line="91"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="111"/>
        <source>Type the date and the time (24-hour, e.g. 14:30).</source>
        <translation>请输入日期和时间（24 小时制，例如 14:30）。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <location filename="../../ui/errors.py" line="104"/>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95"/>
        <source>Something went wrong in ClinicDesk. Your records are safe: every change is saved completely or not at all, so the last action may not have been saved. You can carry on working. The error was noted in the log, without any client data.</source>
        <translation>ClinicDesk 出现了问题。您的档案是安全的：每次更改要么完整保存，要么完全不保存，因此最后一项操作可能未被保存。您可以继续工作。该错误已记录在日志中，不含任何客户数据。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="139"/>
        <source>Export the comparison</source>
        <translation>导出对比图</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="142"/>
        <source>&amp;Use:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="144"/>
        <source>Anonymise:</source>
        <translation>匿名化：</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="145"/>
        <source>&amp;Leave as it is</source>
        <translation>保持原样(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="146"/>
        <source>&amp;Crop</source>
        <translation>裁剪(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="147"/>
        <source>&amp;Blur the eyes</source>
        <translation>模糊眼部(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="148"/>
        <source>&amp;Remove the last rectangle</source>
        <translation>移除最后一个矩形(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="149"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="150"/>
        <source>&amp;JPEG picture</source>
        <translation>JPEG 图片(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="151"/>
        <source>&amp;PDF page with the clinic&apos;s header</source>
        <translation>带机构页眉的 PDF 页面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="152"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="198"/>
        <source>The client&apos;s photo consent (from their latest consultation) does not allow %1. Nothing can be exported for this use.</source>
        <translation>客户的照片使用同意（来自最近一次面诊）不允许用于%1。无法为此用途导出任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="203"/>
        <source>The consent of the photo %1 does not allow %2.</source>
        <translation>照片%1的使用同意不允许用于%2。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="205"/>
        <source>The consent of the photos %1 does not allow %2.</source>
        <translation>照片%1的使用同意不允许用于%2。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="222"/>
        <source>The photos are exported as they are.</source>
        <translation>照片将按原样导出。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="224"/>
        <source>Drag a rectangle over the picture: only what is inside it is exported.</source>
        <translation>在图片上拖出一个矩形：只导出矩形内的部分。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="227"/>
        <source>Drag a rectangle over the eyes of each photo (as many as needed): they are blurred in the export. Backspace takes the last one back.</source>
        <translation>在每张照片的眼部拖出矩形（数量不限）：导出时这些区域将被模糊处理。按 Backspace 键可撤销最后一个矩形。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_comparison_export.py" line="235"/>
        <source>%n rectangle(s) drawn.</source>
        <translation>
            <numerusform>已绘制 %n 个矩形。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="251"/>
        <source>Draw a rectangle on the picture first, or leave it as it is.</source>
        <translation>请先在图片上绘制矩形，或选择保持原样。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="265"/>
        <source>photo-comparison</source>
        <translation>照片对比</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="280"/>
        <source>The file was saved, but the export could not be recorded: %1</source>
        <translation>文件已保存，但无法记录此次导出：%1</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="301"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="302"/>
        <source>cropped</source>
        <translation>已裁剪</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="303"/>
        <source>eyes blurred</source>
        <translation>眼部已模糊</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="308"/>
        <source>Photo comparison</source>
        <translation>照片对比</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="311"/>
        <source>Use: %1 · anonymised: %2</source>
        <translation>用途：%1 · 匿名化：%2</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="313"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>FamilyForm</name>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="155"/>
        <source>Offered by the practice (untick to retire it)</source>
        <translation>本机构提供（取消勾选即停用）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="156"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="160"/>
        <source>Consent</source>
        <translation>同意书</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="161"/>
        <source>A signed consent form is required</source>
        <translation>须签署知情同意书</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="162"/>
        <source>Consent template</source>
        <translation>同意书模板</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="163"/>
        <source>the template&apos;s code, e.g. chemical_peel</source>
        <translation>模板代码，例如 chemical_peel</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="164"/>
        <source>Patch test</source>
        <translation>斑贴测试</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="165"/>
        <source>A patch test is required before this treatment</source>
        <translation>此治疗前须进行斑贴测试</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="169"/>
        <source>Applied before the treatment, at least</source>
        <translation>须在治疗前至少提前</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="170"/>
        <source>A negative test is valid for</source>
        <translation>阴性结果有效期</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="171"/>
        <source>Test again after a break in treatments of</source>
        <translation>治疗中断多久后需重新测试</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="172"/>
        <source>If the test is missing, out of date or positive</source>
        <translation>如果没有测试、测试已过期或结果为阳性</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="178"/>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="179"/>
        <location filename="../../ui/catalogue_family_form.py" line="181"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="180"/>
        <source>one treatment only</source>
        <translation>仅限一次治疗</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="182"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="183"/>
        <source>Test again when the client starts a medication</source>
        <translation>客户开始服用新药物时重新测试</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="184"/>
        <source>Test again after a pregnancy</source>
        <translation>怀孕后重新测试</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="185"/>
        <source>Refuse the treatment</source>
        <translation>拒绝治疗</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="186"/>
        <source>Treat only with a recorded reason</source>
        <translation>仅在记录理由后治疗</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="187"/>
        <source>Default aftercare</source>
        <translation>默认治疗后护理</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="189"/>
        <source>One instruction per line, as it is handed to the client in each language.</source>
        <translation>每行一条说明，按交给客户的文字分别填写各语言版本。</translation>
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
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="33"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="34"/>
        <location filename="../../ui/follow_ups_model.py" line="43"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="35"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="36"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="37"/>
        <source>Treatment</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="38"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="39"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="42"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="44"/>
        <source>Upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="47"/>
        <source>Called</source>
        <translation>已电话联系</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="48"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="49"/>
        <source>Letter sent</source>
        <translation>已寄信</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="50"/>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="51"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="163"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="164"/>
        <source>Treatment</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="165"/>
        <source>Search by client name or phone</source>
        <translation>按客户姓名或电话搜索</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="169"/>
        <source>Overdue, due and upcoming</source>
        <translation>已逾期、到期和即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="174"/>
        <source>Log contact…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="175"/>
        <location filename="../../ui/follow_ups_page.py" line="404"/>
        <location filename="../../ui/follow_ups_page.py" line="409"/>
        <source>Recall letters</source>
        <translation>回访信</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="176"/>
        <source>Print recall letters…</source>
        <translation>打印回访信…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="177"/>
        <source>Save recall letters as PDF…</source>
        <translation>将回访信另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="178"/>
        <source>Export planned sessions (.ics)…</source>
        <translation>导出计划中的治疗（.ics）…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="179"/>
        <source>Open client</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="191"/>
        <source>All treatments</source>
        <translation>所有治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="259"/>
        <source>No follow-up matches these filters.</source>
        <translation>没有符合这些筛选条件的回访。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_ups_page.py" line="264"/>
        <source>Nobody is due for a follow-up in the next %n day(s).</source>
        <translation>
            <numerusform>未来 %n 天内没有需要回访的客户。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="268"/>
        <source>Clients appear here when a signed-off treatment calls for a review or a next session, following the recall rules of each treatment.</source>
        <translation>当已签核的治疗需要复查或安排下一次治疗时，客户会按照各治疗项目的回访规则显示在这里。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_ups_page.py" line="273"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 条回访</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="412"/>
        <source>recall-letters.pdf</source>
        <translation>回访信.pdf</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="86"/>
        <source>Goals and expectations</source>
        <translation>目标与预期</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="89"/>
        <source>What the client hopes for, and what you agreed is realistic: write the expectation as you explained it, so both of you can come back to it.</source>
        <translation>客户的期望，以及双方商定的现实目标：请按您向客户解释的方式写下预期，以便双方日后回顾。</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="93"/>
        <source>The client&apos;s goals</source>
        <translation>客户的目标</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="95"/>
        <source>Expectation agreed: what result is realistic, and what is not</source>
        <translation>商定的预期：哪些效果可以实现，哪些不能</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="97"/>
        <source>In what time: sessions, weeks, when it lasts</source>
        <translation>时间安排：治疗次数、周数、效果可维持多久</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <location filename="../../ui/consultation_screening.py" line="88"/>
        <source>Health questionnaire</source>
        <translation>健康问卷</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="91"/>
        <source>Go through each question with the client. Answers already in the history are filled in; what you change is recorded as a new version when you go on.</source>
        <translation>请与客户逐一核对每个问题。病史中已有的回答会自动填入；进入下一步时，您所做的更改将记录为新版本。</translation>
    </message>
</context>
<context>
    <name>HistoryItemDialog</name>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="185"/>
        <source>Add to the medical history</source>
        <translation>添加到病史</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="187"/>
        <source>Change a history entry</source>
        <translation>修改病史条目</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="190"/>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="196"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="197"/>
        <source>1 – very dissatisfied</source>
        <translation>1 – 非常不满意</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="198"/>
        <source>2 – dissatisfied</source>
        <translation>2 – 不满意</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="199"/>
        <source>3 – neutral</source>
        <translation>3 – 一般</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="200"/>
        <source>4 – satisfied</source>
        <translation>4 – 满意</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="201"/>
        <source>5 – very satisfied</source>
        <translation>5 – 非常满意</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="209"/>
        <source>%1 — leave empty if not known</source>
        <translation>%1 — 不详可留空</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="211"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="216"/>
        <source>Condition</source>
        <translation>疾病/状况</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="217"/>
        <source>Medication class</source>
        <translation>药物类别</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="218"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="219"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="220"/>
        <source>Implant or device</source>
        <translation>植入物或器械</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="221"/>
        <source>Skin condition</source>
        <translation>皮肤疾病</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="222"/>
        <source>Treatment</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="223"/>
        <source>Habit</source>
        <translation>习惯</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="224"/>
        <location filename="../../ui/history_item_dialog.py" line="225"/>
        <source>Skin type</source>
        <translation>皮肤类型</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="228"/>
        <source>Medication (as on the box)</source>
        <translation>药物（按包装上的名称）</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="229"/>
        <source>Substance</source>
        <translation>过敏物质</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="230"/>
        <source>Operation</source>
        <translation>手术</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="231"/>
        <source>Concern</source>
        <translation>关注问题</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="232"/>
        <source>Document checked</source>
        <translation>已核验的证件</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="235"/>
        <source>Date of treatment</source>
        <translation>治疗日期</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="236"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="237"/>
        <location filename="../../ui/history_item_dialog.py" line="238"/>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="239"/>
        <source>Checked on</source>
        <translation>核验日期</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="242"/>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="244"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="245"/>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="246"/>
        <source>Ended</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="247"/>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="248"/>
        <source>Reaction</source>
        <translation>反应</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="249"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="250"/>
        <source>Outcome</source>
        <translation>效果</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="251"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="252"/>
        <source>Side effects</source>
        <translation>副作用</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="253"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="272"/>
        <source>e.g. Roaccutane 20 mg</source>
        <translation>例如：泰尔丝 20 mg</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="279"/>
        <source>Optional when chosen from the list above</source>
        <translation>已从上方列表选择时可不填</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="291"/>
        <source>Recognise from the name</source>
        <translation>根据名称识别</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="293"/>
        <source>Choose the type…</source>
        <translation>选择类型…</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="295"/>
        <location filename="../../ui/history_item_dialog.py" line="297"/>
        <source>Other (describe)</source>
        <translation>其他（请描述）</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="322"/>
        <source>Recognised as: %1</source>
        <translation>识别为：%1</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="326"/>
        <source>Not recognised as a medication that matters for treatments. If you know its class, choose it above.</source>
        <translation>未识别为会影响治疗的药物。如果您知道其类别，请在上方选择。</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="409"/>
        <source>“%1” is not a date. Write it as %2, or leave it empty if it is not known.</source>
        <translation>“%1”不是有效的日期。请按 %2 格式填写；如不详，可留空。</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="480"/>
        <source>Unsaved entry</source>
        <translation>未保存的条目</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="481"/>
        <source>Close without saving this history entry?</source>
        <translation>是否关闭而不保存此病史条目？</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="483"/>
        <source>Close without saving</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="485"/>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/history_tab.py" line="165"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="168"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="169"/>
        <location filename="../../ui/history_tab.py" line="416"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="170"/>
        <source>Versions…</source>
        <translation>历史版本…</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="171"/>
        <source>Show as known on:</source>
        <translation>显示截至此日期的记录：</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="172"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="173"/>
        <source>Mark reviewed with the client</source>
        <translation>标记为已与客户核对</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="175"/>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="175"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="175"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="175"/>
        <source>Recorded</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="237"/>
        <source>Showing the history as it was known on %1; nothing can be changed in this view.</source>
        <translation>当前显示截至 %1 的病史；此视图中无法进行任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="244"/>
        <source>Nothing had been recorded by %1.</source>
        <translation>截至 %1 尚无任何记录。</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="247"/>
        <source>Nothing recorded yet. Use “Add…” to record conditions, medication, allergies, previous treatments and the skin assessment.</source>
        <translation>尚无记录。请使用“添加…”记录疾病与身体状况、用药、过敏、既往治疗和皮肤评估。</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="302"/>
        <source>Never reviewed with the client</source>
        <translation>从未与客户核对</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="307"/>
        <source>Last reviewed on %1 by %2</source>
        <translation>最近一次核对：%1，核对人：%2</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="309"/>
        <source>Last reviewed on %1</source>
        <translation>最近一次核对：%1</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="404"/>
        <source>Remove from the history</source>
        <translation>从病史中移除</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="406"/>
        <source>Remove “%1” from the current history?</source>
        <translation>是否从当前病史中移除“%1”？</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="412"/>
        <source>It stays in the earlier versions: the history as known before today still shows it.</source>
        <translation>该条目仍保留在早期版本中：查看今天之前的病史时仍会显示。</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="417"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../ui/history_versions.py" line="87"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="89"/>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="97"/>
        <source>Dose: %1</source>
        <translation>剂量：%1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="101"/>
        <source>recognised: %1</source>
        <translation>已识别：%1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="103"/>
        <source>not recognised as a screened medication class</source>
        <translation>未识别为需筛查的药物类别</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="106"/>
        <source>Reaction: %1</source>
        <translation>反应：%1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="109"/>
        <source>Severity: %1</source>
        <translation>严重程度：%1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="112"/>
        <source>Outcome: %1</source>
        <translation>效果：%1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="115"/>
        <source>Satisfaction: %1/5</source>
        <translation>满意度：%1/5</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="119"/>
        <source>Side effects: %1</source>
        <translation>副作用：%1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="125"/>
        <source>%1 by %2</source>
        <translation>%1，记录人：%2</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="128"/>
        <source>source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>IntakeReviewDialog</name>
    <message>
        <location filename="../../ui/intake_review.py" line="39"/>
        <source>Answers from the client</source>
        <translation>客户的回答</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="41"/>
        <source>Answered by the client on %1, in %2.</source>
        <translation>客户于 %1 作答，使用语言：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="56"/>
        <source>Accepting records these changes in the medical history as new versions, marked as given by the client. Check anything unclear with the client first.</source>
        <translation>接受后，这些更改将作为新版本记入病史，并标记为由客户提供。如有不明确之处，请先与客户确认。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="60"/>
        <source>The answers match the history as it is: accepting changes nothing.</source>
        <translation>这些回答与现有病史一致：接受后不会有任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="64"/>
        <source>Accept into the history</source>
        <translation>纳入病史</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="66"/>
        <location filename="../../ui/intake_review.py" line="112"/>
        <source>Discard the answers</source>
        <translation>放弃这些回答</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="70"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="83"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="84"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="85"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="95"/>
        <source>since</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="95"/>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="113"/>
        <source>Discard what the client answered? The history stays as it is.</source>
        <translation>是否放弃客户的回答？病史将保持不变。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/kiosk.py" line="157"/>
        <source>For the practitioner</source>
        <translation>治疗师专用</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="159"/>
        <source>Welcome, %1</source>
        <translation>欢迎您，%1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="162"/>
        <source>Send my answers</source>
        <translation>提交我的回答</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="163"/>
        <source>Thank you. Please hand the device back to your practitioner.</source>
        <translation>谢谢！请将设备交还给您的治疗师。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="164"/>
        <source>Practitioner: type the passphrase to leave.</source>
        <translation>治疗师：请输入密码短语以退出。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="165"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="173"/>
        <source>Answer at least one question before sending.</source>
        <translation>请至少回答一个问题后再提交。</translation>
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
    <name>LifestylePage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="105"/>
        <source>Lifestyle and budget</source>
        <translation>生活方式与预算</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="107"/>
        <source>Habits that affect the result, and what the client is ready to spend.</source>
        <translation>会影响效果的生活习惯，以及客户愿意投入的预算。</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="110"/>
        <source>Lifestyle: sun, sport, skincare routine, work, events coming up</source>
        <translation>生活方式：日晒、运动、日常护肤、工作、近期活动</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="112"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;New client</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;Import clients…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Find client</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Batch look-up (product recall)…</source>
        <translation>批号查询（产品召回）(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;About ClinicDesk</source>
        <translation>关于 ClinicDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Clients</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>F&amp;ollow-ups</source>
        <translation>回访(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Import clients</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Client lists (*.csv *.txt);;All files (*)</source>
        <translation>客户名单 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Importing clients…</source>
        <translation>正在导入客户…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="301"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="305"/>
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 位客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="307"/>
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>已跳过 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>About ClinicDesk</source>
        <translation>关于 ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>ClinicDesk %1
The client file of your salon or clinic, kept on this computer and encrypted.</source>
        <translation>ClinicDesk %1
美容院或诊所的客户档案库，加密保存在此电脑上。</translation>
    </message>
</context>
<context>
    <name>MoveSessionDialog</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="550"/>
        <source>%1, session %2 — %3</source>
        <translation>%1，第 %2 次 — %3</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="553"/>
        <source>no date yet</source>
        <translation>尚无日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="559"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="567"/>
        <source>Session</source>
        <translation>治疗场次</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="568"/>
        <source>New date</source>
        <translation>新日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="570"/>
        <source>Reason for the change</source>
        <translation>更改原因</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="582"/>
        <source>Move a session date</source>
        <translation>调整治疗日期</translation>
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
    <name>PatchTestPanel</name>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="59"/>
        <source>Treatment</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="60"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="61"/>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="62"/>
        <source>Site</source>
        <translation>测试部位</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="63"/>
        <source>Applied</source>
        <translation>测试时间</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="64"/>
        <source>Ready to read from</source>
        <translation>可读取时间</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="65"/>
        <source>Read at</source>
        <translation>读取时间</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="66"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="331"/>
        <source>Patch tests needed before treatment</source>
        <translation>治疗前需要进行的斑贴测试</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="332"/>
        <source>Record patch test…</source>
        <translation>记录斑贴测试…</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="333"/>
        <source>Record result…</source>
        <translation>记录结果…</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="334"/>
        <source>No patch test recorded for this client yet.</source>
        <translation>尚未为该客户记录斑贴测试。</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="381"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="471"/>
        <source>batch %1</source>
        <translation>批号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="474"/>
        <source>Applied %1, ready to read from %2.</source>
        <translation>测试于 %1，%2 起可读取。</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="480"/>
        <source>Read %1: %2.</source>
        <translation>%1 读取：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="485"/>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>PatchTestTexts</name>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="18"/>
        <source>No patch test on file.</source>
        <translation>没有斑贴测试记录。</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="19"/>
        <source>The patch test can only be read from %1.</source>
        <translation>斑贴测试要到 %1 才能读取。</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="22"/>
        <source>The patch test applied on %1 has not been read yet: record its result.</source>
        <translation>%1 进行的斑贴测试尚未读取：请记录其结果。</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="26"/>
        <source>The last patch test was positive (reaction): do not treat with this product.</source>
        <translation>最近一次斑贴测试呈阳性（有反应）：请勿使用此产品进行治疗。</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="30"/>
        <source>The last patch test was inconclusive: test again before treating.</source>
        <translation>最近一次斑贴测试结果不确定：治疗前请重新测试。</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="34"/>
        <source>The patch test applied on %1 is no longer valid: test again before treating.</source>
        <translation>%1 进行的斑贴测试已失效：治疗前请重新测试。</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="38"/>
        <source>A medication was started after the last patch test: test again before treating.</source>
        <translation>最近一次斑贴测试后开始服用了新药物：治疗前请重新测试。</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="42"/>
        <source>A pregnancy was recorded after the last patch test: test again before treating.</source>
        <translation>最近一次斑贴测试后记录了妊娠：治疗前请重新测试。</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="46"/>
        <source>The last treatment was too long ago: test again before treating.</source>
        <translation>距上次治疗时间过久：治疗前请重新测试。</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="53"/>
        <source>Negative</source>
        <translation>阴性</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="54"/>
        <source>Positive (reaction)</source>
        <translation>阳性（有反应）</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="55"/>
        <source>Inconclusive</source>
        <translation>不确定</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="56"/>
        <source>Not read yet</source>
        <translation>尚未读取</translation>
    </message>
</context>
<context>
    <name>PhotoCompare</name>
    <message>
        <location filename="../../ui/photo_compare.py" line="136"/>
        <source>Choose at least two photos to compare, of the same area and view on different dates.</source>
        <translation>请至少选择两张照片进行对比，照片须为同一部位和角度、在不同日期拍摄。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="140"/>
        <source>&amp;Side by side</source>
        <translation>并排(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="141"/>
        <source>&amp;Wipe</source>
        <translation>滑动对比(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="142"/>
        <source>&amp;Blend</source>
        <translation>叠加(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="143"/>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="145"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="146"/>
        <source>Thirds</source>
        <translation>三等分</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="147"/>
        <source>Every 10 %</source>
        <translation>每 10%</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="156"/>
        <source>Swa&amp;p</source>
        <translation>互换(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="157"/>
        <source>Put the first photo in the second&apos;s place</source>
        <translation>将第一张照片与第二张照片互换位置</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="158"/>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="159"/>
        <source>Zoom to show the whole photos (Ctrl+0)</source>
        <translation>缩放以显示完整照片（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="160"/>
        <source>&amp;Align…</source>
        <translation>对齐(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="162"/>
        <source>Lay the second photo over the first by two reference points</source>
        <translation>通过两个参考点将第二张照片叠放对齐到第一张照片上</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="164"/>
        <source>&amp;Reset alignment</source>
        <translation>重置对齐(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="293"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="295"/>
        <source>&amp;Opacity of B:</source>
        <translation>B 的不透明度(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="295"/>
        <source>&amp;Divider:</source>
        <translation>分割线(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="305"/>
        <source>Step 1 of 4: click a first reference point on photo A, on the left (the client&apos;s right pupil, for instance).</source>
        <translation>第 1 步（共 4 步）：在左侧的照片 A 上单击第一个参考点（例如客户的右侧瞳孔）。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="308"/>
        <source>Step 2 of 4: click a second reference point on photo A.</source>
        <translation>第 2 步（共 4 步）：在照片 A 上单击第二个参考点。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="309"/>
        <source>Step 3 of 4: click the same first point on photo B.</source>
        <translation>第 3 步（共 4 步）：在照片 B 上单击对应的第一个点。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="310"/>
        <source>Step 4 of 4: click the same second point on photo B.</source>
        <translation>第 4 步（共 4 步）：在照片 B 上单击对应的第二个点。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="316"/>
        <source>Keyboard: bring the point under the cross with the arrows (Shift+arrows: finely) and press Enter. Backspace takes the last point back, Esc stops.</source>
        <translation>键盘操作：用方向键将十字光标移到该点上（Shift+方向键：微调），然后按 Enter 键。Backspace 键撤销最后一个点，Esc 键停止。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="321"/>
        <source>Wheel or Ctrl+plus and minus zoom, drag or the arrows move. PageUp and PageDown show the previous or next date in the chosen photo (1 to 4 choose it). Shift+arrows, Shift+plus and minus, Shift+[ and ] move, scale and turn photo B.</source>
        <translation>滚轮或 Ctrl+加号/减号可缩放，拖动或方向键可移动。PageUp 和 PageDown 在所选照片中显示上一个或下一个日期（按 1 至 4 选择照片）。Shift+方向键、Shift+加号/减号、Shift+[ 和 ] 分别用于移动、缩放和旋转照片 B。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="326"/>
        <source>Drag the divider, or move it with Ctrl+Left and Ctrl+Right.</source>
        <translation>拖动分割线，或用 Ctrl+← 和 Ctrl+→ 移动分割线。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="328"/>
        <source>Ctrl+Left and Ctrl+Right change the blend.</source>
        <translation>Ctrl+← 和 Ctrl+→ 可调整叠加程度。</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsDialog</name>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="178"/>
        <source>Photo details</source>
        <translation>照片详情</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsForm</name>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="87"/>
        <source>Body &amp;area</source>
        <translation>身体部位(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="88"/>
        <source>&amp;View</source>
        <translation>拍摄角度(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="89"/>
        <source>&amp;Session</source>
        <translation>治疗记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="90"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="91"/>
        <source>Consent covers</source>
        <translation>同意的用途</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="101"/>
        <source>The client has not agreed to photos in a finished consultation, so no use can be ticked. Record their photo consent in a consultation first.</source>
        <translation>客户尚未在已完成的面诊中同意拍照，因此无法勾选任何用途。请先在面诊中记录其照片使用同意。</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="110"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="123"/>
        <source>No session</source>
        <translation>不关联治疗记录</translation>
    </message>
</context>
<context>
    <name>PhotoImportDialog</name>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="163"/>
        <source>Import photos</source>
        <translation>导入照片</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="166"/>
        <source>Photos of %1</source>
        <translation>%1 的照片</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="168"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="169"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="172"/>
        <source>Choose the photos with Add photos…, or drop their files here: JPEG, PNG, WebP or HEIC. The details below are given to every one of them.</source>
        <translation>请点击“添加照片…”选择照片，或将照片文件拖放到此处：支持 JPEG、PNG、WebP 或 HEIC。下方填写的信息将应用于每一张照片。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="176"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="177"/>
        <source>Take with the camera…</source>
        <translation>用摄像头拍摄…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="187"/>
        <source>Choose photos to import</source>
        <translation>选择要导入的照片</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="189"/>
        <source>Photos (%1)</source>
        <translation>照片 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="268"/>
        <source>Add the photos to import first.</source>
        <translation>请先添加要导入的照片。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="307"/>
        <location filename="../../ui/photo_import_dialog.py" line="317"/>
        <source>Stopping after the current photo…</source>
        <translation>将在当前照片完成后停止…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="314"/>
        <source>Importing: %1 of %2 done…</source>
        <translation>正在导入：已完成 %1 张，共 %2 张…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_import_dialog.py" line="348"/>
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 张照片。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="350"/>
        <source>Import cancelled: the rest was not imported.</source>
        <translation>导入已取消：其余照片未导入。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="361"/>
        <source>%1 was not imported.</source>
        <translation>%1 未导入。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="374"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="374"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PhotoNames</name>
    <message>
        <location filename="../../ui/photo_comparison_names.py" line="20"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_names.py" line="35"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="22"/>
        <source>Face</source>
        <translation>面部</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="23"/>
        <source>Forehead</source>
        <translation>额头</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="24"/>
        <source>Eye area</source>
        <translation>眼周</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="25"/>
        <source>Nose</source>
        <translation>鼻部</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="26"/>
        <source>Lips</source>
        <translation>唇部</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="27"/>
        <source>Chin and jaw</source>
        <translation>下巴和下颌</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="28"/>
        <source>Neck</source>
        <translation>颈部</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="29"/>
        <source>Décolleté</source>
        <translation>前胸上部</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="30"/>
        <source>Scalp</source>
        <translation>头皮</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="31"/>
        <source>Arms</source>
        <translation>手臂</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="32"/>
        <source>Underarms</source>
        <translation>腋下</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="33"/>
        <source>Hands</source>
        <translation>手部</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="34"/>
        <source>Chest</source>
        <translation>胸部</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="35"/>
        <source>Abdomen</source>
        <translation>腹部</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="36"/>
        <source>Flanks</source>
        <translation>侧腰</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="37"/>
        <source>Back</source>
        <translation>背部</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="38"/>
        <source>Buttocks</source>
        <translation>臀部</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="39"/>
        <source>Thighs</source>
        <translation>大腿</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="40"/>
        <source>Legs</source>
        <translation>腿部</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="41"/>
        <source>Feet</source>
        <translation>足部</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="42"/>
        <source>Other area</source>
        <translation>其他部位</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="45"/>
        <source>Front</source>
        <translation>正面</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="46"/>
        <source>Left 45°</source>
        <translation>左侧 45°</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="47"/>
        <source>Right 45°</source>
        <translation>右侧 45°</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="48"/>
        <source>Left profile</source>
        <translation>左侧面</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="49"/>
        <source>Right profile</source>
        <translation>右侧面</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="50"/>
        <source>Other view</source>
        <translation>其他角度</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="53"/>
        <source>Clinical record</source>
        <translation>临床档案</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="54"/>
        <source>Anonymised teaching</source>
        <translation>匿名化教学</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="55"/>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="78"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/photo_viewer.py" line="217"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="218"/>
        <source>Previous</source>
        <translation>上一张</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="219"/>
        <source>Next</source>
        <translation>下一张</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="220"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="222"/>
        <source>Zoom out (Ctrl+minus or the wheel)</source>
        <translation>缩小（Ctrl+减号或滚轮）</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="223"/>
        <source>Zoom in (Ctrl+plus or the wheel)</source>
        <translation>放大（Ctrl+加号或滚轮）</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="224"/>
        <source>The whole photo in the window (Ctrl+0)</source>
        <translation>在窗口中显示整张照片（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="225"/>
        <source>One pixel of the photo per pixel of the screen</source>
        <translation>照片的一个像素对应屏幕的一个像素</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="232"/>
        <source>Drag or use the arrow keys to move around the photo. Page Up and Page Down, or Left and Right while the whole photo is in view, show the previous or next photo. Esc closes.</source>
        <translation>拖动或使用方向键可在照片中移动。按 Page Up 和 Page Down，或在显示整张照片时按 ← 和 →，可查看上一张或下一张照片。按 Esc 键关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="293"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <location filename="../../ui/photos_tab.py" line="136"/>
        <source>Import photos…</source>
        <translation>导入照片…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="137"/>
        <source>Take photos…</source>
        <translation>拍照…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="138"/>
        <source>Compare…</source>
        <translation>对比…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="139"/>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="140"/>
        <source>Erase…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="145"/>
        <source>Choose two to four photos (Ctrl+click) to see them side by side.</source>
        <translation>选择两到四张照片（Ctrl+单击），即可并排查看。</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="150"/>
        <source>Grouped by date</source>
        <translation>按日期分组</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="151"/>
        <source>Grouped by area and view</source>
        <translation>按部位和角度分组</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photos_tab.py" line="223"/>
        <source>%1 of %n photo(s)</source>
        <translation>
            <numerusform>显示 %1 张，共 %n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="228"/>
        <source>No photos of this client yet. Press Import photos… or drop photo files here (JPEG, PNG, WebP or HEIC).</source>
        <translation>该客户还没有照片。请点击“导入照片…”，或将照片文件拖放到此处（JPEG、PNG、WebP 或 HEIC）。</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="234"/>
        <source>No photo matches these filters. Choose “All” in each to see every photo.</source>
        <translation>没有符合这些筛选条件的照片。请在各筛选项中都选择以“所有”开头的选项，即可查看全部照片。</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="293"/>
        <source>No camera is connected to this computer: import photos taken with a phone.</source>
        <translation>这台电脑未连接摄像头：请导入用手机拍摄的照片。</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="346"/>
        <source>Erase photos</source>
        <translation>删除照片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photos_tab.py" line="348"/>
        <source>Erase %n photo(s) for good? They are removed from the record and their encrypted files deleted; this cannot be undone.</source>
        <translation>
            <numerusform>要永久删除 %n 张照片吗？这些照片将从档案中移除，其加密文件也会被删除；此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="94"/>
        <source>All areas</source>
        <translation>所有部位</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="96"/>
        <source>All views</source>
        <translation>所有角度</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="98"/>
        <source>All sessions</source>
        <translation>所有治疗记录</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="100"/>
        <source>Not linked to a session</source>
        <translation>未关联治疗记录</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="145"/>
        <source>%1  ·  photos: %2</source>
        <translation>%1  ·  照片：%2</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="390"/>
        <source>Edit the plan</source>
        <translation>编辑方案</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="390"/>
        <source>New plan</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="391"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="392"/>
        <source>Expected result</source>
        <translation>预期效果</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="393"/>
        <source>Timeline agreed</source>
        <translation>商定的时间安排</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="394"/>
        <source>Treatments</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="395"/>
        <source>First session</source>
        <translation>首次治疗</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="396"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="397"/>
        <source>Reason for the change</source>
        <translation>更改原因</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="398"/>
        <source>What the client wants to change</source>
        <translation>客户希望改善的问题</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="400"/>
        <source>The result the client can expect, as agreed with them</source>
        <translation>与客户商定的可预期效果</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="403"/>
        <source>e.g. visible change after 3 sessions, full result at 3 months</source>
        <translation>例如：3 次治疗后可见变化，3 个月后达到完整效果</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="406"/>
        <source>The client agreed to this plan: why does it change?</source>
        <translation>客户已确认此方案：为什么要更改？</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="408"/>
        <source>Add a treatment</source>
        <translation>添加治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="409"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="411"/>
        <source>%1 — leave empty until booked</source>
        <translation>%1 — 预约前可留空</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="413"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="426"/>
        <source>Type the price agreed, or choose a service for every treatment to use the catalogue&apos;s prices.</source>
        <translation>请输入商定的价格，或为每项治疗选择服务项目，以使用目录价格。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="432"/>
        <source>Left empty, the plan costs %1 at the catalogue&apos;s prices.</source>
        <translation>如留空，按目录价格计算，此方案费用为 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="459"/>
        <source>Type the price as an amount, e.g. %1.</source>
        <translation>请以金额形式输入价格，例如 %1。</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/consultation_screening.py" line="253"/>
        <source>Recommendation and next steps</source>
        <translation>建议与后续步骤</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="256"/>
        <source>What you recommend and what happens next. The treatments ticked below become a draft treatment plan when the consultation is finished.</source>
        <translation>您的建议及后续安排。面诊完成后，下方勾选的治疗将成为治疗方案草稿。</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="260"/>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="262"/>
        <source>Agreed next steps: patch test, time to reflect, booking</source>
        <translation>商定的后续步骤：斑贴测试、考虑时间、预约</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="264"/>
        <source>Into the plan</source>
        <translation>纳入方案</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="266"/>
        <source>Treatment</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="266"/>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="266"/>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="266"/>
        <source>Days apart</source>
        <translation>间隔天数</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="287"/>
        <source>To choose later</source>
        <translation>稍后选择</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="294"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="305"/>
        <source>Ruled out by the screening.</source>
        <translation>已被筛查排除。</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="307"/>
        <source>Record a reason on the previous page first.</source>
        <translation>请先在上一页记录理由。</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="50"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="51"/>
        <source>Agreed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="52"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="53"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="54"/>
        <source>Stopped</source>
        <translation>已终止</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="58"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="59"/>
        <source>Expected result</source>
        <translation>预期效果</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="60"/>
        <source>Timeline agreed</source>
        <translation>商定的时间安排</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="61"/>
        <source>Treatments</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="62"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="63"/>
        <source>First session</source>
        <translation>首次治疗</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="64"/>
        <source>Session date</source>
        <translation>治疗日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="65"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="101"/>
        <source>No price yet</source>
        <translation>尚未定价</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="115"/>
        <location filename="../../ui/plan_editor.py" line="122"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="154"/>
        <source>“%1” is not a date. Write it as %2, or leave it empty.</source>
        <translation>“%1”不是有效的日期。请按 %2 格式填写，或留空。</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../../ui/plans_tab.py" line="163"/>
        <source>New plan…</source>
        <translation>新建方案…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="164"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="165"/>
        <location filename="../../ui/plans_tab.py" line="445"/>
        <source>Agree with the client</source>
        <translation>与客户确认</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="166"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="167"/>
        <location filename="../../ui/plans_tab.py" line="463"/>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="168"/>
        <source>Stop…</source>
        <translation>终止…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="169"/>
        <source>Move a session date…</source>
        <translation>调整治疗日期…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="170"/>
        <source>Record a session…</source>
        <translation>记录治疗…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="172"/>
        <location filename="../../ui/plans_tab.py" line="294"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="172"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="172"/>
        <location filename="../../ui/plans_tab.py" line="316"/>
        <source>Treatments</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="172"/>
        <location filename="../../ui/plans_tab.py" line="288"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="174"/>
        <source>Changes since the client agreed</source>
        <translation>客户确认后的更改</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="177"/>
        <source>No treatment plan yet. A consultation&apos;s recommendation becomes a draft plan, or start one here with New plan.</source>
        <translation>还没有治疗方案。面诊中的建议会成为方案草稿，您也可以在此点击“新建方案”创建。</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="280"/>
        <source>Stopped because: %1</source>
        <translation>终止原因：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="285"/>
        <source>Not yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="287"/>
        <source>Agreed with the client</source>
        <translation>客户确认时间</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="290"/>
        <source>First session</source>
        <translation>首次治疗</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="291"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="295"/>
        <source>%1 by %2</source>
        <translation>%1，创建人：%2</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="310"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="311"/>
        <source>Expected result</source>
        <translation>预期效果</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="312"/>
        <source>Timeline agreed</source>
        <translation>商定的时间安排</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="319"/>
        <source>No treatment in the plan yet.</source>
        <translation>方案中尚无治疗项目。</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="321"/>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="328"/>
        <source>service to choose later</source>
        <translation>服务项目待定</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans_tab.py" line="330"/>
        <source>%1 of %n session(s) done</source>
        <translation>
            <numerusform>已完成 %1 次，共 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="vanished">
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans_tab.py" line="334"/>
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>间隔 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="341"/>
        <source>no date yet</source>
        <translation>尚无日期</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="356"/>
        <source>Changes are listed here once the client has agreed to the plan.</source>
        <translation>客户确认方案后，更改将在此列出。</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="358"/>
        <source>No change since the client agreed to the plan.</source>
        <translation>客户确认方案后尚无更改。</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="367"/>
        <source>%1, session %2</source>
        <translation>%1，第 %2 次</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="374"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="447"/>
        <source>Has the client agreed to this plan? From now on, every change to it needs a reason and is kept in the plan&apos;s history.</source>
        <translation>客户是否已确认此方案？此后，对方案的每项更改都须填写原因，并保存在方案的历史记录中。</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="464"/>
        <source>Mark this plan as completed? It can no longer be changed afterwards.</source>
        <translation>是否将此方案标记为已完成？完成后将无法再更改。</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="475"/>
        <source>Stop the plan</source>
        <translation>终止方案</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="477"/>
        <source>Write why the plan stops before its end, for example the client&apos;s decision, a reaction or a change in their health. The reason is kept with the plan.</source>
        <translation>请写明方案提前终止的原因，例如客户的决定、出现不良反应或健康状况变化。该原因将随方案一并保存。</translation>
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
    <name>PreviousSessionTint</name>
    <message>
        <location filename="../../ui/session_tint.py" line="66"/>
        <source>As in the session of %1.</source>
        <translation>与 %1 的治疗相同。</translation>
    </message>
    <message>
        <location filename="../../ui/session_tint.py" line="71"/>
        <source>Changed since the session of %1; it was: %2</source>
        <translation>自 %1 的治疗以来已更改；原为：%2</translation>
    </message>
    <message>
        <location filename="../../ui/session_tint.py" line="73"/>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="51"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="52"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="63"/>
        <source>Save as JPEG</source>
        <translation>另存为 JPEG</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="64"/>
        <source>JPEG pictures (*.jpg *.jpeg)</source>
        <translation>JPEG 图片 (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="39"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="66"/>
        <source>The picture could not be saved: %1</source>
        <translation>无法保存图片：%1</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="54"/>
        <source>The PDF could not be saved: %1</source>
        <translation>无法保存 PDF：%1</translation>
    </message>
</context>
<context>
    <name>ProductLines</name>
    <message>
        <location filename="../../ui/session_products.py" line="40"/>
        <source>lot %1, expires %2</source>
        <translation>批号 %1，有效期至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="43"/>
        <source>EXPIRED</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="94"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="95"/>
        <source>Batch (lot)</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="96"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="97"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="98"/>
        <source>Area or point</source>
        <translation>部位或点位</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="101"/>
        <source>Add a product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="102"/>
        <source>Remove the line</source>
        <translation>移除此行</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="143"/>
        <source>e.g. 20 or 0.5</source>
        <translation>例如：20 或 0.5</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="190"/>
        <source>No batch in date: add one in Settings ▸ Products</source>
        <translation>没有在有效期内的批号：请在“设置 ▸ 产品”中添加</translation>
    </message>
</context>
<context>
    <name>ProductsEditor</name>
    <message>
        <location filename="../../ui/products_editor.py" line="45"/>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="46"/>
        <source>ml</source>
        <translation>毫升</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="47"/>
        <source>syringes</source>
        <translation>支（注射器）</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="48"/>
        <source>vials</source>
        <translation>瓶</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="49"/>
        <source>mg</source>
        <translation>毫克</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="50"/>
        <source>g</source>
        <translation>克</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="51"/>
        <source>pieces</source>
        <translation>个</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="202"/>
        <source>Show products no longer used</source>
        <translation>显示已停用的产品</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="203"/>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="207"/>
        <source>Name, as on the box *</source>
        <translation>名称（与包装上一致） *</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="208"/>
        <source>For treatment</source>
        <translation>适用治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="209"/>
        <source>Measured in</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="210"/>
        <source>Usual largest quantity in a session</source>
        <translation>单次治疗常用最大用量</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="215"/>
        <source>optional: a larger quantity is questioned</source>
        <translation>选填：超过此用量时会要求确认</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="216"/>
        <source>In use (untick to stop offering it)</source>
        <translation>使用中（取消勾选即停用）</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="217"/>
        <source>Save product</source>
        <translation>保存产品</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="218"/>
        <source>Batches</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="220"/>
        <source>Batch (lot)</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="220"/>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="220"/>
        <source>Received on</source>
        <translation>入库日期</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="222"/>
        <source>Add a batch…</source>
        <translation>添加批号…</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="225"/>
        <source>Record each product you use and the batches you hold: sessions then record the batch used, expired batches are refused, and a recall finds every client who received a batch.</source>
        <translation>请记录您使用的每种产品及现有的批号：这样每次治疗都会记录所用批号，过期批号将被拒绝使用，发生召回时也能找到使用过该批号的所有客户。</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="232"/>
        <source>Any treatment</source>
        <translation>所有治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="291"/>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="318"/>
        <source>Type a quantity more than 0, for example 20 or 0.5, or leave it empty.</source>
        <translation>请输入大于 0 的数量，例如 20 或 0.5，或留空。</translation>
    </message>
</context>
<context>
    <name>ProductsUsed</name>
    <message>
        <location filename="../../ui/session_products_used.py" line="66"/>
        <source>Products used</source>
        <translation>所用产品</translation>
    </message>
    <message>
        <location filename="../../ui/session_products_used.py" line="69"/>
        <source>Products placed on the chart below are recorded with their point; list here the ones used over an area or the whole face.</source>
        <translation>在下方图示上标注的产品会连同其点位一并记录；用于某一区域或全脸的产品请在此列出。</translation>
    </message>
    <message>
        <location filename="../../ui/session_products_used.py" line="73"/>
        <source>Face and body chart</source>
        <translation>面部与身体图示</translation>
    </message>
    <message>
        <location filename="../../ui/session_products_used.py" line="151"/>
        <source>Chart mark %1: %2</source>
        <translation>图示标记 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/session_products_used.py" line="158"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="177"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="178"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="179"/>
        <source>Details</source>
        <translation>详细说明</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="181"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="186"/>
        <source>One per line</source>
        <translation>每行一项</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/screening_view.py" line="59"/>
        <source>Reason to go ahead</source>
        <translation>继续治疗的理由</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="64"/>
        <source>Write why the treatment can go ahead despite this warning, for example what you checked or who advised it. The reason is kept in the client&apos;s record.</source>
        <translation>请写明尽管有此提示仍可进行治疗的理由，例如您核实了哪些情况，或由谁给出的建议。该理由将保存在客户档案中。</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="80"/>
        <source>Record the reason</source>
        <translation>记录理由</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="75"/>
        <source>Reason for the visit</source>
        <translation>来访原因</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="76"/>
        <source>In the client&apos;s own words: what brings them, what bothers them.</source>
        <translation>用客户自己的话描述：为何前来，有什么困扰。</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="77"/>
        <source>Why the client came (required)</source>
        <translation>客户来访原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="78"/>
        <source>Concerns: areas, how long, what was tried</source>
        <translation>关注问题：部位、持续多久、尝试过哪些方法</translation>
    </message>
</context>
<context>
    <name>RecordResultDialog</name>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="248"/>
        <source>Record a patch-test result</source>
        <translation>记录斑贴测试结果</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="249"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="250"/>
        <source>Read at</source>
        <translation>读取时间</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="261"/>
        <source>Choose the result that was read.</source>
        <translation>请选择读取到的结果。</translation>
    </message>
</context>
<context>
    <name>RecordTestDialog</name>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="186"/>
        <source>Record a patch test</source>
        <translation>记录斑贴测试</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="188"/>
        <source>Treatment</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="189"/>
        <source>Product *</source>
        <translation>产品 *</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="190"/>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="191"/>
        <source>Site</source>
        <translation>测试部位</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="192"/>
        <source>Applied</source>
        <translation>测试时间</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="193"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="197"/>
        <source>e.g. behind the left ear</source>
        <translation>例如：左耳后</translation>
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
    <name>ScreeningView</name>
    <message>
        <location filename="../../ui/screening_view.py" line="41"/>
        <source>Absolute: cannot go ahead</source>
        <translation>绝对禁忌：不得进行</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="42"/>
        <source>Relative: needs a reason</source>
        <translation>相对禁忌：须记录理由</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="43"/>
        <source>Caution</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="44"/>
        <source>Let through with a reason</source>
        <translation>已凭理由放行</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="139"/>
        <source>%1: ruled out</source>
        <translation>%1：已排除</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="141"/>
        <source>%1: blocked until a reason is recorded</source>
        <translation>%1：记录理由前不可进行</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="145"/>
        <source>%1: can go ahead, read the notes</source>
        <translation>%1：可以进行，请阅读注意事项</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="147"/>
        <source>%1: nothing in the history stands in the way</source>
        <translation>%1：病史中没有妨碍治疗的情况</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="181"/>
        <source>Record a reason…</source>
        <translation>记录理由…</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/catalogue_services.py" line="146"/>
        <source>Edit service</source>
        <translation>编辑服务项目</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="146"/>
        <source>New service</source>
        <translation>新建服务项目</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="147"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="148"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="149"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="167"/>
        <source>Type the price as an amount, e.g. %1.</source>
        <translation>请以金额形式输入价格，例如 %1。</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <location filename="../../ui/catalogue_services.py" line="254"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="255"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="258"/>
        <source>A service is saved as soon as its dialog is closed with Save. Services are retired, never deleted, because sessions and invoices name them.</source>
        <translation>在对话框中点击“保存”关闭后，服务项目即被保存。服务项目只能停用，不能删除，因为治疗记录和发票中会引用它们。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="263"/>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="263"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="263"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="293"/>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/catalogue_services.py" line="296"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="326"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="326"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>SessionBanner</name>
    <message>
        <location filename="../../ui/session_state.py" line="60"/>
        <source>Correcting a signed-off session: change what was wrong and say why. The original stays in the record beside the correction.</source>
        <translation>正在更正已签核的治疗记录：请修改有误之处并说明原因。原始内容会保留在档案中，与更正内容并列显示。</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="66"/>
        <source>Signed off on %1 by %2. It can only be corrected, with a reason.</source>
        <translation>%2 于 %1 签核。之后只能附理由进行更正。</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="73"/>
        <source>The screening blocks this treatment: record a reason above to go ahead, or discard the draft and do not treat.</source>
        <translation>筛查阻止了此治疗：请在上方记录理由后继续，或放弃草稿并不进行治疗。</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="78"/>
        <source>Draft: saved as you go, final once signed off.</source>
        <translation>草稿：随填随存，签核后定稿。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/session_dialog.py" line="112"/>
        <source>Session</source>
        <translation>治疗记录</translation>
    </message>
    <message>
        <source>Adverse event…</source>
        <translation type="vanished">不良事件…</translation>
    </message>
    <message>
        <source>Print aftercare sheet…</source>
        <translation type="vanished">打印治疗后护理须知…</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="255"/>
        <source>Discard draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="vanished">保存草稿</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation type="vanished">签核…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="vanished">更正…</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation type="vanished">取消更正</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="vanished">保存更正</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">关闭</translation>
    </message>
    <message>
        <source>Why is this corrected?</source>
        <translation type="vanished">为什么要更正？</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="138"/>
        <source>No batch in date for: %1. Add a batch in Settings ▸ Products.</source>
        <translation>以下产品没有在有效期内的批号：%1。请在“设置 ▸ 产品”中添加批号。</translation>
    </message>
    <message>
        <source>Correcting a signed-off session: change what was wrong and say why. The original stays in the record beside the correction.</source>
        <translation type="vanished">正在更正已签核的治疗记录：请修改有误之处并说明原因。原始内容会保留在档案中，与更正内容并列显示。</translation>
    </message>
    <message>
        <source>Signed off on %1 by %2. It can only be corrected, with a reason.</source>
        <translation type="vanished">%2 于 %1 签核。之后只能附理由进行更正。</translation>
    </message>
    <message>
        <source>The screening blocks this treatment: record a reason above to go ahead, or discard the draft and do not treat.</source>
        <translation type="vanished">筛查阻止了此治疗：请在上方记录理由后继续，或放弃草稿并不进行治疗。</translation>
    </message>
    <message>
        <source>Draft: saved as you go, final once signed off.</source>
        <translation type="vanished">草稿：随填随存，签核后定稿。</translation>
    </message>
    <message>
        <source>Action taken: %1</source>
        <translation type="vanished">已采取的措施：%1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation type="vanished">后续跟进：%1</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation type="vanished">%1：“%2” → “%3”</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="235"/>
        <source>Large quantities</source>
        <translation>用量较大</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="236"/>
        <source>Sign off with these quantities?</source>
        <translation>是否按这些用量签核？</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="256"/>
        <source>Throw this draft away? Nothing of it is kept but the fact it was started.</source>
        <translation>是否丢弃此草稿？除“曾创建过此草稿”这一事实外，其内容都不会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="352"/>
        <source>Aftercare sheet</source>
        <translation>治疗后护理须知</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="362"/>
        <source>Session record</source>
        <translation>治疗记录</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="370"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="371"/>
        <source>Save the changes before closing?</source>
        <translation>关闭前是否保存更改？</translation>
    </message>
</context>
<context>
    <name>SessionFooter</name>
    <message>
        <location filename="../../ui/session_state.py" line="117"/>
        <source>Adverse event…</source>
        <translation>不良事件…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="118"/>
        <source>Photos…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="119"/>
        <source>Print aftercare sheet…</source>
        <translation>打印治疗后护理须知…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="120"/>
        <source>Print session record…</source>
        <translation>打印治疗记录…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="121"/>
        <source>Discard draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="122"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="123"/>
        <source>Sign off…</source>
        <translation>签核…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="124"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="125"/>
        <source>Cancel correction</source>
        <translation>取消更正</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="126"/>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="127"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="131"/>
        <source>Why is this corrected?</source>
        <translation>为什么要更正？</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../ui/session_form.py" line="165"/>
        <source>When and who</source>
        <translation>时间与治疗师</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="167"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="168"/>
        <source>Areas treated</source>
        <translation>治疗部位</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="169"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="170"/>
        <source>Skin reaction</source>
        <translation>皮肤反应</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="171"/>
        <source>Observations</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="172"/>
        <source>Discomfort (0–10)</source>
        <translation>不适程度（0–10）</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="181"/>
        <source>Reaction, discomfort and aftercare</source>
        <translation>反应、不适程度与治疗后护理</translation>
    </message>
    <message>
        <source>Comfort (0–10)</source>
        <translation type="vanished">不适程度（0–10）</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="173"/>
        <source>Client&apos;s feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="174"/>
        <source>Aftercare</source>
        <translation>治疗后护理</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="175"/>
        <source>Next visit</source>
        <translation>下次就诊</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="178"/>
        <source>What was treated, and with what settings</source>
        <translation>治疗内容及参数设置</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="179"/>
        <source>Separate areas with a semicolon: forehead; cheeks</source>
        <translation>各部位之间用英文分号“;”分隔，例如：额头; 脸颊</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="180"/>
        <source>Device or kit used, e.g. its model</source>
        <translation>所用设备或套装，例如其型号</translation>
    </message>
    <message>
        <source>Products used</source>
        <translation type="vanished">所用产品</translation>
    </message>
    <message>
        <source>Products placed on the chart below are recorded with their point; list here the ones used over an area or the whole face.</source>
        <translation type="vanished">在下方图示上标注的产品会连同其点位一并记录；用于某一区域或全脸的产品请在此列出。</translation>
    </message>
    <message>
        <source>Face and body chart</source>
        <translation type="vanished">面部与身体图示</translation>
    </message>
    <message>
        <source>Reaction, comfort and aftercare</source>
        <translation type="vanished">反应、不适程度与治疗后护理</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="183"/>
        <source>0 (none) to 10 (worst imaginable), or the client&apos;s own words</source>
        <translation>0（无不适）到 10（难以想象的最差），或客户自己的描述</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="185"/>
        <source>Aftercare explained and the sheet handed over</source>
        <translation>已讲解治疗后护理并交付护理须知</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="186"/>
        <source>or in words, e.g. in 4 weeks for a review</source>
        <translation>或用文字描述，例如：4 周后复查</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="216"/>
        <source>Practitioner: %1</source>
        <translation>治疗师：%1</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="252"/>
        <source>This is not a date.</source>
        <translation>这不是有效的日期。</translation>
    </message>
    <message>
        <source>Chart mark %1: %2</source>
        <translation type="vanished">图示标记 %1：%2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="vanished">第 %1 行：%2</translation>
    </message>
    <message>
        <source>As in the session of %1.</source>
        <translation type="vanished">与 %1 的治疗相同。</translation>
    </message>
    <message>
        <source>Changed since the session of %1; it was: %2</source>
        <translation type="vanished">自 %1 的治疗以来已更改；原为：%2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="vanished">（无）</translation>
    </message>
</context>
<context>
    <name>SessionHistory</name>
    <message>
        <location filename="../../ui/session_history.py" line="31"/>
        <source>Adverse events</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <location filename="../../ui/session_history.py" line="39"/>
        <source>Action taken: %1</source>
        <translation>已采取的措施：%1</translation>
    </message>
    <message>
        <location filename="../../ui/session_history.py" line="42"/>
        <source>Follow-up: %1</source>
        <translation>后续跟进：%1</translation>
    </message>
    <message>
        <location filename="../../ui/session_history.py" line="48"/>
        <source>Corrections</source>
        <translation>修正记录</translation>
    </message>
    <message>
        <location filename="../../ui/session_history.py" line="51"/>
        <source>%1: “%2” → “%3”</source>
        <translation>%1：“%2” → “%3”</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <location filename="../../ui/session_summary.py" line="46"/>
        <source>Session record</source>
        <translation>治疗记录</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="47"/>
        <source>Signed off %1</source>
        <translation>已于 %1 签核</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="48"/>
        <source>Draft: not signed off</source>
        <translation>草稿：未签核</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="49"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="50"/>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="51"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="52"/>
        <source>Practitioner</source>
        <translation>治疗师</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="53"/>
        <source>Treatment</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="54"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="55"/>
        <source>Session %1 of %2</source>
        <translation>第 %1 次，共 %2 次</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="56"/>
        <source>Not part of a plan</source>
        <translation>不属于任何方案</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="57"/>
        <source>Products and batches</source>
        <translation>产品与批号</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="58"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="59"/>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="60"/>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="61"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="62"/>
        <source>Where</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>%1 (mark %2)</source>
        <translation type="vanished">%1（标记 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="64"/>
        <source>Face and body chart</source>
        <translation>面部与身体图示</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="65"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="66"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="67"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="68"/>
        <source>Treatment given</source>
        <translation>治疗内容</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="69"/>
        <source>Reaction, discomfort and feedback</source>
        <translation>反应、不适程度与客户反馈</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="70"/>
        <source>Aftercare and next visit</source>
        <translation>治疗后护理与下次就诊</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="71"/>
        <source>%1 out of %2</source>
        <translation>%1（满分 %2）</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation type="vanished">%1/10</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="63"/>
        <source>on the chart: %1</source>
        <translation>图示：%1</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="72"/>
        <source>Screening before treatment</source>
        <translation>治疗前筛查</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="73"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="74"/>
        <source>Finding</source>
        <translation>筛查结果</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="75"/>
        <source>Let through because:</source>
        <translation>放行理由：</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="76"/>
        <source>Adverse events</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="77"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="78"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="79"/>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="80"/>
        <source>Action taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="81"/>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="82"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="83"/>
        <source>Corrections after sign-off</source>
        <translation>签核后的修正</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="84"/>
        <source>Who</source>
        <translation>修正人</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="85"/>
        <source>What</source>
        <translation>修正项</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="86"/>
        <source>Before</source>
        <translation>修正前</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="87"/>
        <source>After</source>
        <translation>修正后</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="88"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="89"/>
        <source>Practitioner&apos;s signature</source>
        <translation>治疗师签名</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="90"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>SessionTexts</name>
    <message>
        <location filename="../../ui/session_texts.py" line="16"/>
        <source>Areas treated</source>
        <translation>治疗部位</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="17"/>
        <source>Areas drawn on the chart</source>
        <translation>图示上绘制的区域</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="18"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="19"/>
        <source>Skin reaction</source>
        <translation>皮肤反应</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="20"/>
        <source>Observations</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation type="vanished">不适程度</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="21"/>
        <source>Discomfort</source>
        <translation>不适程度</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="22"/>
        <source>Client&apos;s feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="23"/>
        <source>Aftercare given</source>
        <translation>已提供治疗后护理指导</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="24"/>
        <source>Aftercare</source>
        <translation>治疗后护理</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="25"/>
        <source>Next visit (day)</source>
        <translation>下次就诊（日期）</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="26"/>
        <source>Next visit</source>
        <translation>下次就诊</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="27"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="30"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="31"/>
        <source>Signed off</source>
        <translation>已签核</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="50"/>
        <source>%1 %2 %3, lot %4</source>
        <translation>%1 %2 %3，批号 %4</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="72"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="74"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>Clinic</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Passphrase and recovery</source>
        <translation>密码短语与恢复</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>Treatments</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="179"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="186"/>
        <source>Clinic name *</source>
        <translation>机构名称 *</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="187"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="189"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="191"/>
        <source>Go through each client&apos;s history again after</source>
        <translation>与客户重新核对病史的间隔</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="196"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="197"/>
        <source>Lock after (minutes idle)</source>
        <translation>锁定时间（闲置分钟数）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="198"/>
        <source>Remember the key on this computer</source>
        <translation>在此电脑上记住密钥</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="202"/>
        <source>This computer has no secure keychain, so ClinicDesk always asks for the passphrase.</source>
        <translation>此电脑没有安全的密钥存储，因此 ClinicDesk 每次都会要求输入密码短语。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="209"/>
        <source>Kept in %1. ClinicDesk then opens without the passphrase for this computer account; choose it only if nobody else uses this account.</source>
        <translation>保存在 %1 中。这样，在此电脑账户上打开 ClinicDesk 时无需输入密码短语；仅在没有其他人使用此账户时选择此项。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="213"/>
        <source>Change the passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="214"/>
        <source>Current passphrase</source>
        <translation>当前密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="216"/>
        <location filename="../../ui/settings_dialog.py" line="275"/>
        <location filename="../../ui/settings_dialog.py" line="290"/>
        <source>Change passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="217"/>
        <location filename="../../ui/settings_dialog.py" line="296"/>
        <location filename="../../ui/settings_dialog.py" line="311"/>
        <source>Recovery Sheet</source>
        <translation>恢复单</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="220"/>
        <source>Print the Recovery Sheet again if it was lost or damaged. If it may have been seen by someone else, replace the recovery key instead: the old sheet then stops working.</source>
        <translation>如果恢复单丢失或损坏，请重新打印。如果恢复单可能已被他人看到，请改为更换恢复密钥：旧的恢复单随即失效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="225"/>
        <source>Print or save the Recovery Sheet…</source>
        <translation>打印或保存恢复单…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="226"/>
        <source>Replace the recovery key…</source>
        <translation>更换恢复密钥…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="229"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="276"/>
        <source>Type the new passphrase the same way twice; it needs 8 characters.</source>
        <translation>请以相同方式输入两次新密码短语；至少需要 8 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="290"/>
        <source>The passphrase has been changed.</source>
        <translation>密码短语已更改。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="297"/>
        <source>Enter the passphrase to continue:</source>
        <translation>请输入密码短语以继续：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="312"/>
        <source>Print the Recovery Sheet, or save it as a PDF?</source>
        <translation>要打印恢复单，还是另存为 PDF？</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="313"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="314"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="318"/>
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
    <name>SkinPage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="135"/>
        <source>Skin assessment</source>
        <translation>皮肤评估</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="137"/>
        <source>Fitzpatrick type and skin type are kept in the history and screened.</source>
        <translation>Fitzpatrick 分型和皮肤类型会保存在病史中，并用于筛查。</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="139"/>
        <source>Fitzpatrick skin type</source>
        <translation>Fitzpatrick 皮肤分型</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="140"/>
        <source>Skin type</source>
        <translation>皮肤类型</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="142"/>
        <source>Observations: texture, pigmentation, lines, sensitivity</source>
        <translation>观察：肤质、色素、纹路、敏感度</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="150"/>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
</context>
<context>
    <name>StartSessionDialog</name>
    <message>
        <location filename="../../ui/session_start.py" line="51"/>
        <source>New session</source>
        <translation>新建治疗记录</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="74"/>
        <source>Treatment</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="76"/>
        <source>Counts towards</source>
        <translation>计入方案</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="77"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="81"/>
        <source>Starting screens the client&apos;s history again for this treatment. A contraindication that rules it out stops here.</source>
        <translation>开始前会针对此治疗重新筛查客户的病史。如有禁忌症排除此治疗，将在此处终止。</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="90"/>
        <source>Screen and start</source>
        <translation>筛查并开始</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="114"/>
        <source>No plan: a session on its own</source>
        <translation>不属于任何方案：单次治疗</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session_start.py" line="117"/>
        <source>Plan of %1 (%n session(s))</source>
        <translation>
            <numerusform>%1 的方案（共 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="141"/>
        <source>Choose the treatment.</source>
        <translation>请选择治疗项目。</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/timeline_model.py" line="202"/>
        <source>Session: %1</source>
        <translation>治疗：%1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="204"/>
        <source>draft, not signed off</source>
        <translation>草稿，未签核</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline_model.py" line="207"/>
        <source>Photos: %n</source>
        <translation>
            <numerusform>照片：%n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="212"/>
        <source>Adverse event (%1): %2</source>
        <translation>不良事件（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="220"/>
        <source>Consultation</source>
        <translation>面诊</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="222"/>
        <source>draft, not finished</source>
        <translation>草稿，未完成</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="226"/>
        <source>Considered: %1</source>
        <translation>考虑的治疗：%1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="235"/>
        <source>Planned: %1, session %2 of %3</source>
        <translation>计划：%1，第 %2 次，共 %3 次</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="241"/>
        <source>Overdue: not done yet</source>
        <translation>已逾期：尚未进行</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="243"/>
        <source>Plan %1</source>
        <translation>方案%1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="247"/>
        <source>Patch test: %1</source>
        <translation>斑贴测试：%1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="251"/>
        <source>read on %1</source>
        <translation>于 %1 读取</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="267"/>
        <source>%1, lot %2, %3 %4</source>
        <translation>%1，批号 %2，%3 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline_model.py" line="269"/>
        <source>%1, lot %2, %3 %4 over %n point(s)</source>
        <translation>
            <numerusform>%1，批号 %2，%3 %4，共 %n 个注射点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="280"/>
        <source>by %1</source>
        <translation>治疗师：%1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="286"/>
        <source>Session amended: %1</source>
        <translation>治疗记录已修正：%1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="289"/>
        <source>Consultation amended</source>
        <translation>面诊记录已修正</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="291"/>
        <location filename="../../ui/timeline_model.py" line="300"/>
        <location filename="../../ui/timeline_model.py" line="321"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="297"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="298"/>
        <source>Photos: %1</source>
        <translation>照片：%1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="301"/>
        <source>Photo consent changed</source>
        <translation>照片使用同意已更改</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="303"/>
        <source>Health data may be kept</source>
        <translation>同意保存健康数据</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="305"/>
        <source>No consent to keep health data</source>
        <translation>未同意保存健康数据</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="307"/>
        <source>Consent given</source>
        <translation>已取得同意</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="312"/>
        <source>Plan drafted</source>
        <translation>已拟定方案草稿</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="313"/>
        <source>Plan agreed with the client</source>
        <translation>方案已与客户确认</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="314"/>
        <source>Plan started</source>
        <translation>方案已开始</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="315"/>
        <source>Plan completed</source>
        <translation>方案已完成</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="316"/>
        <source>Plan stopped</source>
        <translation>方案已终止</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="317"/>
        <source>Plan changed</source>
        <translation>方案已更改</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="330"/>
        <source>%1, session %2 moved to %3</source>
        <translation>%1，第 %2 次改至 %3</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="333"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../ui/timeline_tab.py" line="170"/>
        <source>New session…</source>
        <translation>新建治疗记录…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="172"/>
        <source>Sessions</source>
        <translation>治疗记录</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="173"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="174"/>
        <source>Adverse events</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="175"/>
        <source>Amendments</source>
        <translation>修正记录</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="176"/>
        <source>Consultations</source>
        <translation>面诊</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="177"/>
        <source>Consents</source>
        <translation>同意事项</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="178"/>
        <source>Plans</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="179"/>
        <source>Planned sessions</source>
        <translation>计划中的治疗</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="180"/>
        <source>Patch tests</source>
        <translation>斑贴测试</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="184"/>
        <source>Show or hide: %1</source>
        <translation>显示或隐藏：%1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="249"/>
        <source>All plans and treatments</source>
        <translation>所有方案和治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="255"/>
        <source>Plan of %1: %2</source>
        <translation>%1 的方案：%2</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="282"/>
        <source>Nothing is recorded for this client yet. Start with a consultation in the Consultations tab, or record a treatment with New session.</source>
        <translation>该客户尚无任何记录。请先在“面诊”选项卡中进行面诊，或点击“新建治疗记录”记录一次治疗。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="289"/>
        <source>Nothing matches these filters. Turn a kind back on above, or choose “All plans and treatments”.</source>
        <translation>没有符合这些筛选条件的内容。请在上方重新打开某一类别，或选择“所有方案和治疗项目”。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="352"/>
        <source>A planned session is overdue since %1 (%2).</source>
        <translation>有一次计划中的治疗自 %1 起已逾期（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="359"/>
        <source>Next planned session: %1 (%2).</source>
        <translation>下一次计划中的治疗：%1（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="368"/>
        <source>Plan of %1 · %2</source>
        <translation>%1 的方案 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="383"/>
        <source>%1 of %2 sessions</source>
        <translation>%1/%2 次</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="393"/>
        <source>overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="397"/>
        <source>next: %1</source>
        <translation>下一次：%1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="399"/>
        <source>no day planned yet</source>
        <translation>尚未安排日期</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="407"/>
        <source>%1, session %2</source>
        <translation>%1，第 %2 次</translation>
    </message>
</context>
<context>
    <name>TreatmentRows</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="187"/>
        <source>Treatment</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="188"/>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="189"/>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="190"/>
        <source>Days apart</source>
        <translation>间隔天数</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="195"/>
        <location filename="../../ui/plan_editor.py" line="226"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="254"/>
        <source>To choose later</source>
        <translation>稍后选择</translation>
    </message>
</context>
<context>
    <name>TreatmentsPage</name>
    <message>
        <location filename="../../ui/consultation_screening.py" line="154"/>
        <source>Treatments considered</source>
        <translation>考虑的治疗项目</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="157"/>
        <source>Tick what you discuss. Each treatment is checked against the history at once: absolute contraindications rule it out, relative ones need a reason.</source>
        <translation>勾选您与客户讨论的治疗项目。每项治疗都会立即与病史进行比对：有绝对禁忌症的将被排除，有相对禁忌症的须记录理由。</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="161"/>
        <source>Tick a treatment on the left to see what the history says.</source>
        <translation>勾选左侧的治疗项目，查看病史中的相关情况。</translation>
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
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../ui/history_versions.py" line="160"/>
        <source>Versions of this history entry</source>
        <translation>此病史条目的各个版本</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="162"/>
        <source>Recorded</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="162"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="162"/>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="162"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="163"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="168"/>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="170"/>
        <source>First recorded</source>
        <translation>首次记录</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="170"/>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
</context>
</TS>
