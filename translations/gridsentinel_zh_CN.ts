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
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>Cannot prepare a query</source>
        <translation>无法准备查询</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
        <translation>证据材料 (%1)</translation>
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
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
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
        <source>Picking the place on the map comes with the offline map. Type WGS-84 coordinates for now.</source>
        <translation>地图选点功能将随离线地图提供，目前请输入 WGS-84 坐标。</translation>
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
        <source>Filing, searching and following leads arrives with the next release. Leads you file will be stored encrypted on this node and screened for warning signs of illegal fundraising.</source>
        <translation>线索的填报、查询和跟踪功能将在下一版本提供。填报的线索将加密保存在本节点，并自动筛查非法集资风险信号。</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>The offline map of districts, streets and grids, with leads and sentinels on it, arrives in a later release.</source>
        <translation>离线地图（显示区、街道、网格及线索和前哨员分布）将在后续版本提供。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Triage, escalation and district review of cases arrive in a later release. Every step will be recorded with who did it and when.</source>
        <translation>案件的研判、上报和区级审核功能将在后续版本提供。每一步操作都将记录操作人和时间。</translation>
    </message>
    <message>
        <source>People &amp; Pairings</source>
        <translation>人员与结对</translation>
    </message>
    <message>
        <source>Grid sentinels, finance volunteers and who is paired with whom will be managed here in a later release.</source>
        <translation>网格防非前哨员、金融防非志愿者及其结对关系将在后续版本中在此管理。</translation>
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
</TS>
