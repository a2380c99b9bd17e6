<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>gs</name>
    <message>
        <source>The database has no node record.</source>
        <translation>The database has no node record.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>The key file beside the database is damaged or has been altered (%1). Restore it from a backup or ask your district office to recover the node.</source>
        <translation>The key file beside the database is damaged or has been altered (%1). Restore it from a backup or ask your district office to recover the node.</translation>
    </message>
    <message>
        <source>The demo data is inconsistent: %1</source>
        <translation>The demo data is inconsistent: %1</translation>
    </message>
    <message>
        <source>The lead does not exist or you may not see it.</source>
        <translation>The lead does not exist or you may not see it.</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Medium risk</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>The SQLite library in use is not SQLCipher, so the database would not be encrypted. GridSentinel refuses to open it. Reinstall GridSentinel, and do not preload another SQLite library.</source>
        <translation>The SQLite library in use is not SQLCipher, so the database would not be encrypted. GridSentinel refuses to open it. Reinstall GridSentinel, and do not preload another SQLite library.</translation>
    </message>
</context>
<context>
    <name>gs::AccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Add account</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>gs::AccountService</name>
    <message>
        <source>There is no account named %1.</source>
        <translation>There is no account named %1.</translation>
    </message>
    <message>
        <source>Only a district supervisor may create supervisor accounts.</source>
        <translation>Only a district supervisor may create supervisor accounts.</translation>
    </message>
    <message>
        <source>An account named %1 already exists.</source>
        <translation>An account named %1 already exists.</translation>
    </message>
    <message>
        <source>A recovery session has no password of its own.</source>
        <translation>A recovery session has no password of its own.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Only a district supervisor may reset a supervisor&apos;s password.</source>
        <translation>Only a district supervisor may reset a supervisor&apos;s password.</translation>
    </message>
    <message>
        <source>The account %1 is disabled; enable it first.</source>
        <translation>The account %1 is disabled; enable it first.</translation>
    </message>
    <message>
        <source>Only a district supervisor may change a supervisor account.</source>
        <translation>Only a district supervisor may change a supervisor account.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
</context>
<context>
    <name>gs::AccountsModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>gs::AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Enable…</translation>
    </message>
    <message>
        <source>Change your own password above.</source>
        <translation>Change your own password above.</translation>
    </message>
    <message>
        <source>The account %1 has been added. Its owner can sign in now.</source>
        <translation>The account %1 has been added. Its owner can sign in now.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Set a new password for %1 (%2). Tell it to them in person.</source>
        <translation>Set a new password for %1 (%2). Tell it to them in person.</translation>
    </message>
    <message>
        <source>The password of %1 has been reset.</source>
        <translation>The password of %1 has been reset.</translation>
    </message>
    <message>
        <source>The account %1 is enabled again.</source>
        <translation>The account %1 is enabled again.</translation>
    </message>
    <message>
        <source>The account %1 is disabled; its password no longer opens this node.</source>
        <translation>The account %1 is disabled; its password no longer opens this node.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Disable the account %1? Its password will no longer open this node. You can enable it again later with a new password.</source>
        <translation>Disable the account %1? Its password will no longer open this node. You can enable it again later with a new password.</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <source>Enabling %1 needs a new password: the old one was removed when the account was disabled.</source>
        <translation>Enabling %1 needs a new password: the old one was removed when the account was disabled.</translation>
    </message>
</context>
<context>
    <name>gs::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>gs::AuditLog</name>
    <message>
        <source>An event is missing before this one (the sequence has a gap).</source>
        <translation>An event is missing before this one (the sequence has a gap).</translation>
    </message>
    <message>
        <source>This event does not follow the one before it (removed, reordered or inserted events).</source>
        <translation>This event does not follow the one before it (removed, reordered or inserted events).</translation>
    </message>
    <message>
        <source>This event was changed after it was written.</source>
        <translation>This event was changed after it was written.</translation>
    </message>
</context>
<context>
    <name>gs::Database</name>
    <message>
        <source>The database key must be 256 bits.</source>
        <translation>The database key must be 256 bits.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>The database %1 already exists; it was left as it is.</source>
        <translation>The database %1 already exists; it was left as it is.</translation>
    </message>
    <message>
        <source>The file %1 is an unencrypted SQLite database, not a GridSentinel database. It was not opened.</source>
        <translation>The file %1 is an unencrypted SQLite database, not a GridSentinel database. It was not opened.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Cannot key the database</source>
        <translation>Cannot key the database</translation>
    </message>
    <message>
        <source>The database %1 cannot be decrypted: the file is damaged or belongs to another key. It was left untouched; restore it from a backup.</source>
        <translation>The database %1 cannot be decrypted: the file is damaged or belongs to another key. It was left untouched; restore it from a backup.</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>Cannot read the database</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>Cannot prepare a query</source>
        <translation>Cannot prepare a query</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gs::DemoBuilder</name>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>The demo data is missing from this build.</translation>
    </message>
    <message>
        <source>Chen (district office)</source>
        <translation>Chen (district office)</translation>
    </message>
    <message>
        <source>Tianhe demo node</source>
        <translation>Tianhe demo node</translation>
    </message>
    <message>
        <source>Demo sentinel</source>
        <translation>Demo sentinel</translation>
    </message>
    <message>
        <source>Demo volunteer</source>
        <translation>Demo volunteer</translation>
    </message>
    <message>
        <source>Node administrator</source>
        <translation>Node administrator</translation>
    </message>
</context>
<context>
    <name>gs::DictionariesPanel</name>
    <message>
        <source>Dictionaries</source>
        <translation>Dictionaries</translation>
    </message>
    <message>
        <source>Lead categories offered in the lead form, and the risk signals and thresholds used to screen every lead. Changes apply to leads filed or edited after saving.</source>
        <translation>Lead categories offered in the lead form, and the risk signals and thresholds used to screen every lead. Changes apply to leads filed or edited after saving.</translation>
    </message>
    <message>
        <source>Lead categories and the risk signals and thresholds used to screen every lead. Only the district office or the node administrator can change them.</source>
        <translation>Lead categories and the risk signals and thresholds used to screen every lead. Only the district office or the node administrator can change them.</translation>
    </message>
    <message>
        <source>Save dictionaries</source>
        <translation>Save dictionaries</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>Lead categories</source>
        <translation>Lead categories</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Lead &amp;categories:</source>
        <translation>Lead &amp;categories:</translation>
    </message>
    <message>
        <source>Risk signals</source>
        <translation>Risk signals</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Add signal</source>
        <translation>Add signal</translation>
    </message>
    <message>
        <source>Remove signal</source>
        <translation>Remove signal</translation>
    </message>
    <message>
        <source>&amp;Risk signals (each found term adds its weight to the lead&apos;s score once):</source>
        <translation>&amp;Risk signals (each found term adds its weight to the lead&apos;s score once):</translation>
    </message>
    <message>
        <source>&amp;Medium risk from score:</source>
        <translation>&amp;Medium risk from score:</translation>
    </message>
    <message>
        <source>&amp;High risk from score:</source>
        <translation>&amp;High risk from score:</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>Any field</translation>
    </message>
    <message>
        <source>Entity name only</source>
        <translation>Entity name only</translation>
    </message>
    <message>
        <source>Risk thresholds: the medium threshold must not be above the high threshold.</source>
        <translation>Risk thresholds: the medium threshold must not be above the high threshold.</translation>
    </message>
    <message>
        <source>Saved. New and edited leads use these dictionaries from now on.</source>
        <translation>Saved. New and edited leads use these dictionaries from now on.</translation>
    </message>
    <message>
        <source>The built-in dictionaries are shown. Save to use them.</source>
        <translation>The built-in dictionaries are shown. Save to use them.</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>New category</translation>
    </message>
</context>
<context>
    <name>gs::DuplicateFinder</name>
    <message>
        <source>same unified social credit code</source>
        <translation>same unified social credit code</translation>
    </message>
    <message>
        <source>same entity name</source>
        <translation>same entity name</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <source>%1 m away, similar text</source>
        <translation>%1 m away, similar text</translation>
    </message>
</context>
<context>
    <name>gs::DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>The lead has been filed. These leads look like the same matter. Link it to one of them so they are handled together, or continue without linking.</source>
        <translation>The lead has been filed. These leads look like the same matter. Link it to one of them so they are handled together, or continue without linking.</translation>
    </message>
    <message>
        <source>These leads look like the same matter. Choose one to link the new lead to when it is submitted, or continue without linking.</source>
        <translation>These leads look like the same matter. Choose one to link the new lead to when it is submitted, or continue without linking.</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why it looks the same</source>
        <translation>Why it looks the same</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>&amp;Link to selected</source>
        <translation>&amp;Link to selected</translation>
    </message>
    <message>
        <source>&amp;Continue without linking</source>
        <translation>&amp;Continue without linking</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation>Possible duplicates (%1)</translation>
    </message>
</context>
<context>
    <name>gs::EvidenceList</name>
    <message>
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <source>Photos (JPG, PNG, HEIC), PDF documents or audio recordings; at most 25 MB each and 200 MB per lead.</source>
        <translation>Photos (JPG, PNG, HEIC), PDF documents or audio recordings; at most 25 MB each and 200 MB per lead.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Evidence (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Stored encrypted · SHA-256 %1</source>
        <translation>Stored encrypted · SHA-256 %1</translation>
    </message>
    <message>
        <source>Only images open here. Export the file to open it in another program.</source>
        <translation>Only images open here. Export the file to open it in another program.</translation>
    </message>
    <message>
        <source>Save the lead first; the original file is still where you added it from.</source>
        <translation>Save the lead first; the original file is still where you added it from.</translation>
    </message>
    <message>
        <source>Write a copy to a place you choose.</source>
        <translation>Write a copy to a place you choose.</translation>
    </message>
    <message>
        <source>Evidence: %1 is not a photo (JPG, PNG, HEIC), a PDF or an audio recording.</source>
        <translation>Evidence: %1 is not a photo (JPG, PNG, HEIC), a PDF or an audio recording.</translation>
    </message>
    <message>
        <source>Evidence: %1 cannot be found.</source>
        <translation>Evidence: %1 cannot be found.</translation>
    </message>
    <message>
        <source>Evidence: %1 is %2; each file may be at most %3. Compress or split it.</source>
        <translation>Evidence: %1 is %2; each file may be at most %3. Compress or split it.</translation>
    </message>
    <message>
        <source>Evidence: with %1 the files of this lead would come to %2; together they may be at most %3.</source>
        <translation>Evidence: with %1 the files of this lead would come to %2; together they may be at most %3.</translation>
    </message>
    <message>
        <source>Evidence: %1 cannot be read (%2).</source>
        <translation>Evidence: %1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>%1 cannot be shown here (no decoder for this image format). Export it to open it in another program.</source>
        <translation>%1 cannot be shown here (no decoder for this image format). Export it to open it in another program.</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Export evidence</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Exported %1 to %2.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <source>Remove %1 from the lead when it is saved? Its fingerprint stays in the history.</source>
        <translation>Remove %1 from the lead when it is saved? Its fingerprint stays in the history.</translation>
    </message>
</context>
<context>
    <name>gs::FirstAccountPage</name>
    <message>
        <source>First supervisor account</source>
        <translation>First supervisor account</translation>
    </message>
    <message>
        <source>This account belongs to the district office. It can add the other accounts later.</source>
        <translation>This account belongs to the district office. It can add the other accounts later.</translation>
    </message>
    <message>
        <source>Create node</source>
        <translation>Create node</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>Creating the encrypted database…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Use a long passphrase. Nobody can read this node&apos;s data without a password or the recovery code shown on the next page.</source>
        <translation>Use a long passphrase. Nobody can read this node&apos;s data without a password or the recovery code shown on the next page.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>gs::FirstRunWizard</name>
    <message>
        <source>Set up GridSentinel</source>
        <translation>Set up GridSentinel</translation>
    </message>
</context>
<context>
    <name>gs::GridPicker</name>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Any street</source>
        <translation>Any street</translation>
    </message>
    <message>
        <source>Street…</source>
        <translation>Street…</translation>
    </message>
    <message>
        <source>Any community</source>
        <translation>Any community</translation>
    </message>
    <message>
        <source>Community…</source>
        <translation>Community…</translation>
    </message>
    <message>
        <source>Any grid</source>
        <translation>Any grid</translation>
    </message>
    <message>
        <source>Grid…</source>
        <translation>Grid…</translation>
    </message>
</context>
<context>
    <name>gs::Gui</name>
    <message>
        <source>GridSentinel</source>
        <translation>GridSentinel</translation>
    </message>
</context>
<context>
    <name>gs::ImageViewerDialog</name>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Fit to window</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>gs::KeyRing</name>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>The key file %1 is missing.</source>
        <translation>The key file %1 is missing.</translation>
    </message>
    <message>
        <source>Cannot read the key file: %1</source>
        <translation>Cannot read the key file: %1</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <source>no node id</source>
        <translation>no node id</translation>
    </message>
    <message>
        <source>malformed key slot</source>
        <translation>malformed key slot</translation>
    </message>
    <message>
        <source>no key slots</source>
        <translation>no key slots</translation>
    </message>
    <message>
        <source>No key slot for user %1.</source>
        <translation>No key slot for user %1.</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>integrity check failed</translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>The recovery code is wrong.</translation>
    </message>
</context>
<context>
    <name>gs::Lead</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>In triage</source>
        <translation>In triage</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>Needs information</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>Unfounded</translation>
    </message>
    <message>
        <source>Suspected illegal activity</source>
        <translation>Suspected illegal activity</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>District review</source>
        <translation>District review</translation>
    </message>
    <message>
        <source>Referred to police</source>
        <translation>Referred to police</translation>
    </message>
    <message>
        <source>Referred to regulator</source>
        <translation>Referred to regulator</translation>
    </message>
    <message>
        <source>Under monitoring</source>
        <translation>Under monitoring</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>gs::LeadDetailView</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>Business address</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Web / WeChat / app</source>
        <translation>Web / WeChat / app</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Groups at risk</source>
        <translation>Groups at risk</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <source>Informant phone</source>
        <translation>Informant phone</translation>
    </message>
    <message>
        <source>Confidential informant</source>
        <translation>Confidential informant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Risk score</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Linked lead</source>
        <translation>Linked lead</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Lead %1</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Evidence (%1)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>filed %1</source>
        <translation>filed %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categories:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Subject entity or person</source>
        <translation>Subject entity or person</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>Credit code:</translation>
    </message>
    <message>
        <source>Business address:</source>
        <translation>Business address:</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>Contact phone:</translation>
    </message>
    <message>
        <source>Web / WeChat / app:</source>
        <translation>Web / WeChat / app:</translation>
    </message>
    <message>
        <source>Person&apos;s ID number:</source>
        <translation>Person&apos;s ID number:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>Coordinates:</translation>
    </message>
    <message>
        <source>%1, %2 (WGS-84)</source>
        <translation>%1, %2 (WGS-84)</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Grid:</translation>
    </message>
    <message>
        <source>Who is at risk and how much</source>
        <translation>Who is at risk and how much</translation>
    </message>
    <message>
        <source>Groups at risk:</source>
        <translation>Groups at risk:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>Victims:</source>
        <translation>Victims:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source> (confidential)</source>
        <translation> (confidential)</translation>
    </message>
    <message>
        <source>Informant:</source>
        <translation>Informant:</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>• %1 (+%2): %3</source>
        <translation>• %1 (+%2): %3</translation>
    </message>
    <message>
        <source>%1 risk, score %2 as stored with the lead.</source>
        <translation>%1 risk, score %2 as stored with the lead.</translation>
    </message>
    <message>
        <source>Automatic screening is not installed on this node yet, so no signals are listed.</source>
        <translation>Automatic screening is not installed on this node yet, so no signals are listed.</translation>
    </message>
    <message>
        <source>Linked lead and possible duplicates</source>
        <translation>Linked lead and possible duplicates</translation>
    </message>
    <message>
        <source>Linked to %1 — %2</source>
        <translation>Linked to %1 — %2</translation>
    </message>
    <message>
        <source>Linked to a lead you may not see.</source>
        <translation>Linked to a lead you may not see.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>No other lead about the same entity, phone or place.</source>
        <translation>No other lead about the same entity, phone or place.</translation>
    </message>
    <message>
        <source>Draft created</source>
        <translation>Draft created</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Submitted for triage</source>
        <translation>Submitted for triage</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Evidence added: %1</source>
        <translation>Evidence added: %1</translation>
    </message>
    <message>
        <source>Evidence removed: %1</source>
        <translation>Evidence removed: %1</translation>
    </message>
    <message>
        <source>Linked as a duplicate of %1</source>
        <translation>Linked as a duplicate of %1</translation>
    </message>
    <message>
        <source>another lead</source>
        <translation>another lead</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>unknown account</source>
        <translation>unknown account</translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation>%1: changed</translation>
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
        <translation>New lead</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <source>Keep the lead as a draft only you can see (Ctrl+S)</source>
        <translation>Keep the lead as a draft only you can see (Ctrl+S)</translation>
    </message>
    <message>
        <source>Check d&amp;uplicates</source>
        <translation>Check d&amp;uplicates</translation>
    </message>
    <message>
        <source>Look for leads about the same entity, phone or place</source>
        <translation>Look for leads about the same entity, phone or place</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>File the lead for triage (Enter or Ctrl+Enter)</source>
        <translation>File the lead for triage (Enter or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Who promised what, e.g. “XX wealth management promises 18% a year”</source>
        <translation>Who promised what, e.g. “XX wealth management promises 18% a year”</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>What was seen or heard: promises made, who was approached, when and where.</source>
        <translation>What was seen or heard: promises made, who was approached, when and where.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Cate&amp;gories:</source>
        <translation>Cate&amp;gories:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption:</translation>
    </message>
    <message>
        <source>Subject entity or person</source>
        <translation>Subject entity or person</translation>
    </message>
    <message>
        <source>Company, shop or organisation name</source>
        <translation>Company, shop or organisation name</translation>
    </message>
    <message>
        <source>18 characters, on the business licence</source>
        <translation>18 characters, on the business licence</translation>
    </message>
    <message>
        <source>Mobile or landline with area code</source>
        <translation>Mobile or landline with area code</translation>
    </message>
    <message>
        <source>Website, WeChat account or app name</source>
        <translation>Website, WeChat account or app name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <translation>Credit &amp;code:</translation>
    </message>
    <message>
        <source>Business a&amp;ddress:</source>
        <translation>Business a&amp;ddress:</translation>
    </message>
    <message>
        <source>Contact p&amp;hone:</source>
        <translation>Contact p&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Web / WeChat / app:</source>
        <translation>&amp;Web / WeChat / app:</translation>
    </message>
    <message>
        <source>Person&apos;s &amp;ID number:</source>
        <translation>Person&apos;s &amp;ID number:</translation>
    </message>
    <message>
        <source>统一社会信用代码: checked as you type</source>
        <translation>统一社会信用代码: checked as you type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Street address or a description of the place</source>
        <translation>Street address or a description of the place</translation>
    </message>
    <message>
        <source>Longitude, e.g. 113.3245</source>
        <translation>Longitude, e.g. 113.3245</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Latitude, e.g. 23.1385</source>
        <translation>Latitude, e.g. 23.1385</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>Pick on map</translation>
    </message>
    <message>
        <source>Picking the place on the map comes with the offline map. Type WGS-84 coordinates for now.</source>
        <translation>Picking the place on the map comes with the offline map. Type WGS-84 coordinates for now.</translation>
    </message>
    <message>
        <source>WGS-84 degrees (GPS). The grid is found from the coordinates.</source>
        <translation>WGS-84 degrees (GPS). The grid is found from the coordinates.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>C&amp;oordinates:</source>
        <translation>C&amp;oordinates:</translation>
    </message>
    <message>
        <source>G&amp;rid:</source>
        <translation>G&amp;rid:</translation>
    </message>
    <message>
        <source>Who is at risk and how much</source>
        <translation>Who is at risk and how much</translation>
    </message>
    <message>
        <source>In yuan, e.g. 500000 or 12,345.67</source>
        <translation>In yuan, e.g. 500000 or 12,345.67</translation>
    </message>
    <message>
        <source>People who paid or were approached</source>
        <translation>People who paid or were approached</translation>
    </message>
    <message>
        <source>Groups at risk:</source>
        <translation>Groups at risk:</translation>
    </message>
    <message>
        <source>A&amp;mount (yuan):</source>
        <translation>A&amp;mount (yuan):</translation>
    </message>
    <message>
        <source>&amp;Victims:</source>
        <translation>&amp;Victims:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>How was it found?</source>
        <translation>How was it found?</translation>
    </message>
    <message>
        <source>Keep the informant&apos;s identity &amp;confidential</source>
        <translation>Keep the informant&apos;s identity &amp;confidential</translation>
    </message>
    <message>
        <source>Only the district office sees a confidential informant&apos;s name and phone.</source>
        <translation>Only the district office sees a confidential informant&apos;s name and phone.</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce:</translation>
    </message>
    <message>
        <source>In&amp;formant:</source>
        <translation>In&amp;formant:</translation>
    </message>
    <message>
        <source>Informant pho&amp;ne:</source>
        <translation>Informant pho&amp;ne:</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Edit lead %1</source>
        <translation>Edit lead %1</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Save the changes to the lead (Enter or Ctrl+Enter)</source>
        <translation>Save the changes to the lead (Enter or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The informant is confidential: only the district office sees who it is. It stays as it is.</source>
        <translation>The informant is confidential: only the district office sees who it is. It stays as it is.</translation>
    </message>
    <message>
        <source>Location: longitude and latitude are decimal degrees (WGS-84), e.g. 113.3245 and 23.1385.</source>
        <translation>Location: longitude and latitude are decimal degrees (WGS-84), e.g. 113.3245 and 23.1385.</translation>
    </message>
    <message>
        <source>Amount involved: a sum in yuan such as 500000 or 12,345.67 (digits, at most two decimals).</source>
        <translation>Amount involved: a sum in yuan such as 500000 or 12,345.67 (digits, at most two decimals).</translation>
    </message>
    <message>
        <source>Valid unified social credit code.</source>
        <translation>Valid unified social credit code.</translation>
    </message>
    <message>
        <source>Valid ID number.</source>
        <translation>Valid ID number.</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>No grid of this district contains the point; choose the grid by hand if you know it.</source>
        <translation>No grid of this district contains the point; choose the grid by hand if you know it.</translation>
    </message>
    <message>
        <source>Filled in from the coordinates: %1 · %2</source>
        <translation>Filled in from the coordinates: %1 · %2</translation>
    </message>
    <message>
        <source>Automatic risk screening is not installed on this node yet. The lead is still filed; the volunteer who triages it assesses the risk.</source>
        <translation>Automatic risk screening is not installed on this node yet. The lead is still filed; the volunteer who triages it assesses the risk.</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>entity name</source>
        <translation>entity name</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>%1  +%2  %3 (in the %4)</source>
        <translation>%1  +%2  %3 (in the %4)</translation>
    </message>
    <message>
        <source>%1  %2 (in the %3)</source>
        <translation>%1  %2 (in the %3)</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <source>Draft kept at %1</source>
        <translation>Draft kept at %1</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(no title yet)</translation>
    </message>
    <message>
        <source>Resume unfinished lead</source>
        <translation>Resume unfinished lead</translation>
    </message>
    <message>
        <source>You have an unfinished lead from %1:

%2

Resume it? No discards it.</source>
        <translation>You have an unfinished lead from %1:

%2

Resume it? No discards it.</translation>
    </message>
    <message>
        <source>Resumed the draft from %1.</source>
        <translation>Resumed the draft from %1.</translation>
    </message>
    <message>
        <source>Link not made</source>
        <translation>Link not made</translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>No likely duplicates found.</translation>
    </message>
    <message>
        <source>Will be linked to %1 when submitted.</source>
        <translation>Will be linked to %1 when submitted.</translation>
    </message>
    <message>
        <source>Keep unfinished lead?</source>
        <translation>Keep unfinished lead?</translation>
    </message>
    <message>
        <source>Keep what you typed as a draft? You can resume it the next time you file a lead. No discards it.</source>
        <translation>Keep what you typed as a draft? You can resume it the next time you file a lead. No discards it.</translation>
    </message>
    <message>
        <source>Resident ID card of a person involved, if known</source>
        <translation>Resident ID card of a person involved, if known</translation>
    </message>
    <message>
        <source>Correct the field marked in red.</source>
        <translation>Correct the field marked in red.</translation>
    </message>
    <message>
        <source>Correct the %1 fields marked in red.</source>
        <translation>Correct the %1 fields marked in red.</translation>
    </message>
</context>
<context>
    <name>gs::LeadListModel</name>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>%1 risk, score %2</source>
        <translation>%1 risk, score %2</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Community · grid</source>
        <translation>Community · grid</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Overdue: the deadline (%1) has passed</source>
        <translation>Overdue: the deadline (%1) has passed</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
</context>
<context>
    <name>gs::LeadRepository</name>
    <message>
        <source>Cannot number the lead.</source>
        <translation>Cannot number the lead.</translation>
    </message>
    <message>
        <source>(confidential)</source>
        <translation>(confidential)</translation>
    </message>
    <message>
        <source>You may not change this lead in its current state (%1).</source>
        <translation>You may not change this lead in its current state (%1).</translation>
    </message>
    <message>
        <source>The evidence file does not exist or you may not see it.</source>
        <translation>The evidence file does not exist or you may not see it.</translation>
    </message>
    <message>
        <source>The evidence file is damaged: its SHA-256 does not match.</source>
        <translation>The evidence file is damaged: its SHA-256 does not match.</translation>
    </message>
    <message>
        <source>You may not change this lead in its current state.</source>
        <translation>You may not change this lead in its current state.</translation>
    </message>
</context>
<context>
    <name>gs::LeadsPage</name>
    <message>
        <source>Search title, entity, address, description… (Ctrl+F)</source>
        <translation>Search title, entity, address, description… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New lead</source>
        <translation>&amp;New lead</translation>
    </message>
    <message>
        <source>File a new lead (Ctrl+N)</source>
        <translation>File a new lead (Ctrl+N)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Any risk</translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation>%1 risk</translation>
    </message>
    <message>
        <source>From: any</source>
        <translation>From: any</translation>
    </message>
    <message>
        <source>To: any</source>
        <translation>To: any</translation>
    </message>
    <message>
        <source>Filed on or after</source>
        <translation>Filed on or after</translation>
    </message>
    <message>
        <source>Filed on or before</source>
        <translation>Filed on or before</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mine</translation>
    </message>
    <message>
        <source>Filed by me or assigned to me</source>
        <translation>Filed by me or assigned to me</translation>
    </message>
    <message>
        <source>My &amp;pairs</source>
        <translation>My &amp;pairs</translation>
    </message>
    <message>
        <source>Filed by me or by the people I am paired with</source>
        <translation>Filed by me or by the people I am paired with</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Overdue</translation>
    </message>
    <message>
        <source>Open leads whose deadline has passed</source>
        <translation>Open leads whose deadline has passed</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Filed:</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 lead</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 leads</translation>
    </message>
    <message>
        <source>Lead saved.</source>
        <translation>Lead saved.</translation>
    </message>
    <message>
        <source>No lead matches the search and filters. Clear filters to see all leads you may see.</source>
        <translation>No lead matches the search and filters. Clear filters to see all leads you may see.</translation>
    </message>
    <message>
        <source>No leads to show yet. Leads you file, and leads in the grids you cover, appear here.

File one with New lead (Ctrl+N).</source>
        <translation>No leads to show yet. Leads you file, and leads in the grids you cover, appear here.

File one with New lead (Ctrl+N).</translation>
    </message>
    <message>
        <source>No leads to show yet.</source>
        <translation>No leads to show yet.</translation>
    </message>
</context>
<context>
    <name>gs::LoginDialog</name>
    <message>
        <source>Sign in — GridSentinel</source>
        <translation>Sign in — GridSentinel</translation>
    </message>
    <message>
        <source>GridSentinel</source>
        <translation>GridSentinel</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Forgot password?</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Sign in (%1 s)</source>
        <translation>Sign in (%1 s)</translation>
    </message>
    <message>
        <source>The password of %1 has been reset. Sign in with the new password.</source>
        <translation>The password of %1 has been reset. Sign in with the new password.</translation>
    </message>
</context>
<context>
    <name>gs::MainWindow</name>
    <message>
        <source>GridSentinel</source>
        <translation>GridSentinel</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>Close the database and return to the sign-in screen (Ctrl+L)</source>
        <translation>Close the database and return to the sign-in screen (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About GridSentinel</source>
        <translation>&amp;About GridSentinel</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Filing, searching and following leads arrives with the next release. Leads you file will be stored encrypted on this node and screened for warning signs of illegal fundraising.</source>
        <translation>Filing, searching and following leads arrives with the next release. Leads you file will be stored encrypted on this node and screened for warning signs of illegal fundraising.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>The offline map of districts, streets and grids, with leads and sentinels on it, arrives in a later release.</source>
        <translation>The offline map of districts, streets and grids, with leads and sentinels on it, arrives in a later release.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Triage, escalation and district review of cases arrive in a later release. Every step will be recorded with who did it and when.</source>
        <translation>Triage, escalation and district review of cases arrive in a later release. Every step will be recorded with who did it and when.</translation>
    </message>
    <message>
        <source>People &amp; Pairings</source>
        <translation>People &amp; Pairings</translation>
    </message>
    <message>
        <source>Grid sentinels, finance volunteers and who is paired with whom will be managed here in a later release.</source>
        <translation>Grid sentinels, finance volunteers and who is paired with whom will be managed here in a later release.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Your role</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Node and district</source>
        <translation>Node and district</translation>
    </message>
    <message>
        <source>District code %1</source>
        <translation>District code %1</translation>
    </message>
    <message>
        <source>Ctrl+L locks immediately</source>
        <translation>Ctrl+L locks immediately</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked · auto-lock in %n min</source>
        <translation>
            <numerusform>Unlocked · auto-lock in %n min</numerusform>
            <numerusform>Unlocked · auto-lock in %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>About GridSentinel</source>
        <translation>About GridSentinel</translation>
    </message>
    <message>
        <source>GridSentinel %1

Lead reporting for the prevention of illegal fundraising, for grid sentinels, finance volunteers and district offices. All data stays encrypted on this computer.

Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>GridSentinel %1

Lead reporting for the prevention of illegal fundraising, for grid sentinels, finance volunteers and district offices. All data stays encrypted on this computer.

Licensed under the GNU General Public License, version 3 or later.</translation>
    </message>
</context>
<context>
    <name>gs::Migrator</name>
    <message>
        <source>This database was written by a newer GridSentinel (schema %1; this version knows up to %2). It was left untouched. Please update GridSentinel.</source>
        <translation>This database was written by a newer GridSentinel (schema %1; this version knows up to %2). It was left untouched. Please update GridSentinel.</translation>
    </message>
</context>
<context>
    <name>gs::MultiSelectButton</name>
    <message>
        <source>%1: any</source>
        <translation>%1: any</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 selected</source>
        <translation>%1: %2 selected</translation>
    </message>
</context>
<context>
    <name>gs::NodeDictionaries</name>
    <message>
        <source>Categories: keep at least one category.</source>
        <translation>Categories: keep at least one category.</translation>
    </message>
    <message>
        <source>Category %1: enter a name or remove the row.</source>
        <translation>Category %1: enter a name or remove the row.</translation>
    </message>
    <message>
        <source>Category %1: use at most %2 characters.</source>
        <translation>Category %1: use at most %2 characters.</translation>
    </message>
    <message>
        <source>Category %1: &quot;%2&quot; is already in the list.</source>
        <translation>Category %1: &quot;%2&quot; is already in the list.</translation>
    </message>
    <message>
        <source>Risk thresholds: the medium threshold must be 0 or more and not above the high threshold.</source>
        <translation>Risk thresholds: the medium threshold must be 0 or more and not above the high threshold.</translation>
    </message>
</context>
<context>
    <name>gs::NodePage</name>
    <message>
        <source>This node</source>
        <translation>This node</translation>
    </message>
    <message>
        <source>A node is this computer&apos;s encrypted database for one district office or grid team.</source>
        <translation>A node is this computer&apos;s encrypted database for one district office or grid team.</translation>
    </message>
    <message>
        <source>e.g. Xinhua Street office</source>
        <translation>e.g. Xinhua Street office</translation>
    </message>
    <message>
        <source>e.g. Gulou District</source>
        <translation>e.g. Gulou District</translation>
    </message>
    <message>
        <source>Optional, e.g. 320106</source>
        <translation>Optional, e.g. 320106</translation>
    </message>
    <message>
        <source>Welcome to GridSentinel. It keeps leads about illegal fundraising encrypted on this computer. Setting it up takes three short steps: name this node, create the first account, and write down the recovery code.</source>
        <translation>Welcome to GridSentinel. It keeps leads about illegal fundraising encrypted on this computer. Setting it up takes three short steps: name this node, create the first account, and write down the recovery code.</translation>
    </message>
    <message>
        <source>&amp;Node name:</source>
        <translation>&amp;Node name:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>District &amp;code:</source>
        <translation>District &amp;code:</translation>
    </message>
    <message>
        <source>The encrypted database will be created at:
%1</source>
        <translation>The encrypted database will be created at:
%1</translation>
    </message>
</context>
<context>
    <name>gs::NodeSettings</name>
    <message>
        <source>Auto-lock must be between 1 and 240 minutes.</source>
        <translation>Auto-lock must be between 1 and 240 minutes.</translation>
    </message>
</context>
<context>
    <name>gs::PasswordDialog</name>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>gs::RecordWriter</name>
    <message>
        <source>The record to change no longer exists.</source>
        <translation>The record to change no longer exists.</translation>
    </message>
</context>
<context>
    <name>gs::RecoveryCodePage</name>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>The node has been created. This code is shown only now.</source>
        <translation>The node has been created. This code is shown only now.</translation>
    </message>
    <message>
        <source>Write the recovery code on paper and keep it locked away at the district office. If every password is forgotten, it is the only way back into this node&apos;s data.</source>
        <translation>Write the recovery code on paper and keep it locked away at the district office. If every password is forgotten, it is the only way back into this node&apos;s data.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copied. Paste it only where it stays private, then clear the clipboard.</source>
        <translation>Copied. Paste it only where it stays private, then clear the clipboard.</translation>
    </message>
    <message>
        <source>I have &amp;written down the recovery code</source>
        <translation>I have &amp;written down the recovery code</translation>
    </message>
</context>
<context>
    <name>gs::RecoveryDialog</name>
    <message>
        <source>Reset a forgotten password</source>
        <translation>Reset a forgotten password</translation>
    </message>
    <message>
        <source>Enter the recovery code written down when this node was set up, the account whose password was forgotten, and a new password for it.</source>
        <translation>Enter the recovery code written down when this node was set up, the account whose password was forgotten, and a new password for it.</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Reset password</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>gs::RiskAssessment</name>
    <message>
        <source>%1 (score %2): no risk signals found</source>
        <translation>%1 (score %2): no risk signals found</translation>
    </message>
    <message>
        <source>%1 (score %2): %3</source>
        <extracomment>%1 is the level (&quot;High risk&quot;), %2 the score, %3 the terms that counted, comma-separated</extracomment>
        <translation>%1 (score %2): %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>gs::RiskDictionary</name>
    <message>
        <source>Promises guaranteed returns or no risk</source>
        <translation>Promises guaranteed returns or no risk</translation>
    </message>
    <message>
        <source>Promises high returns</source>
        <translation>Promises high returns</translation>
    </message>
    <message>
        <source>Promises rebates, dividends or commissions</source>
        <translation>Promises rebates, dividends or commissions</translation>
    </message>
    <message>
        <source>Pays for recruiting others (pyramid pattern)</source>
        <translation>Pays for recruiting others (pyramid pattern)</translation>
    </message>
    <message>
        <source>Sells unlisted &quot;original shares&quot; or insider subscriptions</source>
        <translation>Sells unlisted &quot;original shares&quot; or insider subscriptions</translation>
    </message>
    <message>
        <source>Pension or elder-care investment pitch</source>
        <translation>Pension or elder-care investment pitch</translation>
    </message>
    <message>
        <source>Blockchain or virtual-currency pitch</source>
        <translation>Blockchain or virtual-currency pitch</translation>
    </message>
    <message>
        <source>Finance-sounding entity name</source>
        <translation>Finance-sounding entity name</translation>
    </message>
    <message>
        <source>Targets older or retired people</source>
        <translation>Targets older or retired people</translation>
    </message>
    <message>
        <source>Targets students</source>
        <translation>Targets students</translation>
    </message>
    <message>
        <source>Targets people with demolition compensation</source>
        <translation>Targets people with demolition compensation</translation>
    </message>
    <message>
        <source>Targets villagers or migrant workers</source>
        <translation>Targets villagers or migrant workers</translation>
    </message>
    <message>
        <source>Targets freelancers</source>
        <translation>Targets freelancers</translation>
    </message>
    <message>
        <source>Rule %1: the term is empty. Enter the word or phrase to look for.</source>
        <translation>Rule %1: the term is empty. Enter the word or phrase to look for.</translation>
    </message>
    <message>
        <source>Rule %1: the term &quot;%2&quot; is only spaces or separators, which screening ignores. Enter a word or phrase.</source>
        <translation>Rule %1: the term &quot;%2&quot; is only spaces or separators, which screening ignores. Enter a word or phrase.</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the category is empty. Use promise, entity, group or a name of your own.</source>
        <translation>Rule %1 (&quot;%2&quot;): the category is empty. Use promise, entity, group or a name of your own.</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the weight must be a number of 0 or more.</source>
        <translation>Rule %1 (&quot;%2&quot;): the weight must be a number of 0 or more.</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the field &quot;%3&quot; is unknown. Use &quot;any&quot; (every field) or &quot;entity&quot; (the entity name only).</source>
        <translation>Rule %1 (&quot;%2&quot;): the field &quot;%3&quot; is unknown. Use &quot;any&quot; (every field) or &quot;entity&quot; (the entity name only).</translation>
    </message>
    <message>
        <source>Rule %1 repeats the term &quot;%2&quot; of rule %3 for the same field. Remove one of them.</source>
        <translation>Rule %1 repeats the term &quot;%2&quot; of rule %3 for the same field. Remove one of them.</translation>
    </message>
    <message>
        <source>This dictionary uses format version %1, which this version of GridSentinel cannot read.</source>
        <translation>This dictionary uses format version %1, which this version of GridSentinel cannot read.</translation>
    </message>
    <message>
        <source>The dictionary has no list of rules (&quot;rules&quot;).</source>
        <translation>The dictionary has no list of rules (&quot;rules&quot;).</translation>
    </message>
    <message>
        <source>Rule %1 is not an object with a term and a weight.</source>
        <translation>Rule %1 is not an object with a term and a weight.</translation>
    </message>
    <message>
        <source>Rule %1: the term must be text.</source>
        <translation>Rule %1: the term must be text.</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the category must be text.</source>
        <translation>Rule %1 (&quot;%2&quot;): the category must be text.</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the field must be text.</source>
        <translation>Rule %1 (&quot;%2&quot;): the field must be text.</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the label must be text.</source>
        <translation>Rule %1 (&quot;%2&quot;): the label must be text.</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the weight is missing or is not a number.</source>
        <translation>Rule %1 (&quot;%2&quot;): the weight is missing or is not a number.</translation>
    </message>
    <message>
        <source>The dictionary is not valid JSON (%1 at byte %2).</source>
        <translation>The dictionary is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The dictionary must be a JSON object with a list of rules.</source>
        <translation>The dictionary must be a JSON object with a list of rules.</translation>
    </message>
</context>
<context>
    <name>gs::Role</name>
    <message>
        <source>Grid sentinel</source>
        <translation>Grid sentinel</translation>
    </message>
    <message>
        <source>Finance volunteer</source>
        <translation>Finance volunteer</translation>
    </message>
    <message>
        <source>District supervisor</source>
        <translation>District supervisor</translation>
    </message>
    <message>
        <source>Node administrator</source>
        <translation>Node administrator</translation>
    </message>
</context>
<context>
    <name>gs::Session</name>
    <message>
        <source>Your role (%1) may not do this. Ask your district office.</source>
        <translation>Your role (%1) may not do this. Ask your district office.</translation>
    </message>
</context>
<context>
    <name>gs::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hange password</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Signed in as %1 (%2).</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Auto-lock</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>After this many minutes without input, GridSentinel locks itself and closes the database on this computer, for every account.</source>
        <translation>After this many minutes without input, GridSentinel locks itself and closes the database on this computer, for every account.</translation>
    </message>
    <message>
        <source>After this many minutes without input, GridSentinel locks itself. Only the district office or the node administrator can change it.</source>
        <translation>After this many minutes without input, GridSentinel locks itself. Only the district office or the node administrator can change it.</translation>
    </message>
    <message>
        <source>Lock after:</source>
        <translation>Lock after:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>Your password has been changed. Use the new one from now on.</source>
        <translation>Your password has been changed. Use the new one from now on.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. The node now locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>Saved. The node now locks after %n minute(s) without input.</numerusform>
            <numerusform>Saved. The node now locks after %n minute(s) without input.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new language is used the next time GridSentinel starts.</source>
        <translation>The new language is used the next time GridSentinel starts.</translation>
    </message>
</context>
<context>
    <name>gs::Statement</name>
    <message>
        <source>Cannot bind a value</source>
        <translation>Cannot bind a value</translation>
    </message>
    <message>
        <source>Query failed</source>
        <translation>Query failed</translation>
    </message>
</context>
<context>
    <name>gs::User</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>The password must have at most 256 characters.</source>
        <translation>The password must have at most 256 characters.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>The password must not be the user name.</translation>
    </message>
    <message>
        <source>The user name must have 3 to 32 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>The user name must have 3 to 32 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>gs::Vault</name>
    <message>
        <source>Enter a name for this node.</source>
        <translation>Enter a name for this node.</translation>
    </message>
    <message>
        <source>Enter the district this node serves.</source>
        <translation>Enter the district this node serves.</translation>
    </message>
    <message>
        <source>A database already exists at %1; it was left as it is.</source>
        <translation>A database already exists at %1; it was left as it is.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Cannot create the folder for %1.</translation>
    </message>
    <message>
        <source>The database was written without encryption; it has been removed.</source>
        <translation>The database was written without encryption; it has been removed.</translation>
    </message>
    <message>
        <source>The first account could not be read back.</source>
        <translation>The first account could not be read back.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>The key file %1 beside the database is missing. Restore it from a backup.</source>
        <translation>The key file %1 beside the database is missing. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The key file belongs to another node.</source>
        <translation>The key file belongs to another node.</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask your district office.</source>
        <translation>This account has been disabled. Ask your district office.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recovery</translation>
    </message>
</context>
<context>
    <name>gs::cli</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Run &apos;gridsentinel --help&apos; for usage.</source>
        <translation>Run &apos;gridsentinel --help&apos; for usage.</translation>
    </message>
    <message>
        <source>Name of this node.</source>
        <translation>Name of this node.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>District this node serves.</source>
        <translation>District this node serves.</translation>
    </message>
    <message>
        <source>GB/T 2260 code of the district.</source>
        <translation>GB/T 2260 code of the district.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>User name of the first (supervisor) account.</source>
        <translation>User name of the first (supervisor) account.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Display name of the first account.</source>
        <translation>Display name of the first account.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 is required.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>No password on standard input.</translation>
    </message>
    <message>
        <source>Created node &quot;%1&quot; for %2 at %3.</source>
        <translation>Created node &quot;%1&quot; for %2 at %3.</translation>
    </message>
    <message>
        <source>Recovery code (write it down now; it is shown only once):</source>
        <translation>Recovery code (write it down now; it is shown only once):</translation>
    </message>
    <message>
        <source>Do nothing (exit 0) if the database already exists.</source>
        <translation>Do nothing (exit 0) if the database already exists.</translation>
    </message>
    <message>
        <source>The demo database %1 already exists; keeping it.</source>
        <translation>The demo database %1 already exists; keeping it.</translation>
    </message>
    <message>
        <source>Demo node created at %1</source>
        <translation>Demo node created at %1</translation>
    </message>
    <message>
        <source>%1 streets, %2 communities, %3 grids, %4 people, %5 pairings.</source>
        <translation>%1 streets, %2 communities, %3 grids, %4 people, %5 pairings.</translation>
    </message>
    <message>
        <source>Demo accounts (user / password / role):</source>
        <translation>Demo accounts (user / password / role):</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Recovery code: %1</translation>
    </message>
    <message>
        <source>The account to add or change.</source>
        <translation>The account to add or change.</translation>
    </message>
    <message>
        <source>sentinel, volunteer, supervisor or admin.</source>
        <translation>sentinel, volunteer, supervisor or admin.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Display name.</translation>
    </message>
    <message>
        <source>Id of the sentinel/volunteer profile this account belongs to.</source>
        <translation>Id of the sentinel/volunteer profile this account belongs to.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&apos;user&apos; needs one of: %1.</source>
        <translation>&apos;user&apos; needs one of: %1.</translation>
    </message>
    <message>
        <source>--user is required.</source>
        <translation>--user is required.</translation>
    </message>
    <message>
        <source>--role is required.</source>
        <translation>--role is required.</translation>
    </message>
    <message>
        <source>--role must be sentinel, volunteer, supervisor or admin.</source>
        <translation>--role must be sentinel, volunteer, supervisor or admin.</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>No password for the new account on standard input.</source>
        <translation>No password for the new account on standard input.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Added %1 (%2).</translation>
    </message>
    <message>
        <source>No new password on standard input.</source>
        <translation>No new password on standard input.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>The account whose password is reset.</source>
        <translation>The account whose password is reset.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Give the recovery code and the new password on standard input.</source>
        <translation>Give the recovery code and the new password on standard input.</translation>
    </message>
    <message>
        <source>The password of %1 has been reset.</source>
        <translation>The password of %1 has been reset.</translation>
    </message>
    <message>
        <source>Node: %1 (%2)</source>
        <translation>Node: %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as: %1 (%2)</source>
        <translation>Signed in as: %1 (%2)</translation>
    </message>
    <message>
        <source>Schema version: %1; SQLCipher %2</source>
        <translation>Schema version: %1; SQLCipher %2</translation>
    </message>
    <message>
        <source>GridSentinel %1: lead reporting against illegal financial activity.</source>
        <translation>GridSentinel %1: lead reporting against illegal financial activity.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>start the desktop app</source>
        <translation>start the desktop app</translation>
    </message>
    <message>
        <source>run a command without a display</source>
        <translation>run a command without a display</translation>
    </message>
    <message>
        <source>Commands (passwords are read from standard input, one per line):</source>
        <translation>Commands (passwords are read from standard input, one per line):</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unknown command &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>gridsentinel %1</source>
        <translation>gridsentinel %1</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 of %2 leads</translation>
    </message>
    <message>
        <source>%1: attachments: %2 is larger than 25 MB.</source>
        <translation>%1: attachments: %2 is larger than 25 MB.</translation>
    </message>
    <message>
        <source>%1: attachments: cannot read %2 (%3).</source>
        <translation>%1: attachments: cannot read %2 (%3).</translation>
    </message>
    <message>
        <source>--json FILE is required.</source>
        <translation>--json FILE is required.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Cannot read standard input.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at byte %2: %3</source>
        <translation>%1 is not valid JSON at byte %2: %3</translation>
    </message>
    <message>
        <source>%1 must hold a lead object or an array of them.</source>
        <translation>%1 must hold a lead object or an array of them.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>record %1</translation>
    </message>
    <message>
        <source>%1: not a JSON object.</source>
        <translation>%1: not a JSON object.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>record %1: %2</translation>
    </message>
    <message>
        <source>&apos;lead&apos; needs one of: %1.</source>
        <translation>&apos;lead&apos; needs one of: %1.</translation>
    </message>
    <message>
        <source>Lead JSON file (one object or an array; &apos;-&apos; for stdin; see docs/lead-json.md).</source>
        <translation>Lead JSON file (one object or an array; &apos;-&apos; for stdin; see docs/lead-json.md).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Save as drafts instead of submitting.</source>
        <translation>Save as drafts instead of submitting.</translation>
    </message>
    <message>
        <source>Only leads in this status (repeatable).</source>
        <translation>Only leads in this status (repeatable).</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only leads in this grid (id).</source>
        <translation>Only leads in this grid (id).</translation>
    </message>
    <message>
        <source>GRID</source>
        <translation>GRID</translation>
    </message>
    <message>
        <source>Only leads I filed or am assigned.</source>
        <translation>Only leads I filed or am assigned.</translation>
    </message>
    <message>
        <source>At most this many rows (default 100).</source>
        <translation>At most this many rows (default 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip this many rows.</source>
        <translation>Skip this many rows.</translation>
    </message>
    <message>
        <source>--limit and --offset take whole numbers.</source>
        <translation>--limit and --offset take whole numbers.</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;; one of: %2.</source>
        <translation>unknown status &apos;%1&apos;; one of: %2.</translation>
    </message>
    <message>
        <source>Every command takes --format text|json (lead list also csv) and --help. See docs/cli.md.</source>
        <translation>Every command takes --format text|json (lead list also csv) and --help. See docs/cli.md.</translation>
    </message>
    <message>
        <source>Text to screen.</source>
        <translation>Text to screen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>UTF-8 file to screen (&apos;-&apos; for stdin).</source>
        <translation>UTF-8 file to screen (&apos;-&apos; for stdin).</translation>
    </message>
    <message>
        <source>Entity name (entity-name rules such as 理财, 财富管理 count only here).</source>
        <translation>Entity name (entity-name rules such as 理财, 财富管理 count only here).</translation>
    </message>
    <message>
        <source>give --text TEXT or --file FILE.</source>
        <translation>give --text TEXT or --file FILE.</translation>
    </message>
</context>
<context>
    <name>gs::cli::Command</name>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s).</source>
        <translation>
            <numerusform>&apos;%1&apos; takes %n argument(s).</numerusform>
            <numerusform>&apos;%1&apos; takes %n argument(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format must be text or json.</translation>
    </message>
    <message>
        <source>--as USER is required.</source>
        <translation>--as USER is required.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>No password on standard input.</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Database file (default: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Act as this user; the password is read from stdin.</source>
        <translation>Act as this user; the password is read from stdin.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Output format: text or json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Testing only: cheap key derivation for new key slots.</source>
        <translation>Testing only: cheap key derivation for new key slots.</translation>
    </message>
</context>
<context>
    <name>gs::crypto</name>
    <message>
        <source>Cryptographic operation failed: %1</source>
        <translation>Cryptographic operation failed: %1</translation>
    </message>
    <message>
        <source>Authentication tag mismatch</source>
        <translation>Authentication tag mismatch</translation>
    </message>
</context>
<context>
    <name>gs::geo::GeoJson</name>
    <message>
        <source>a ring must be an array of positions</source>
        <translation>a ring must be an array of positions</translation>
    </message>
    <message>
        <source>a position must be an array of two numbers, longitude first</source>
        <translation>a position must be an array of two numbers, longitude first</translation>
    </message>
    <message>
        <source>a polygon must be a non-empty array of rings</source>
        <translation>a polygon must be a non-empty array of rings</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>the feature has no geometry</translation>
    </message>
    <message>
        <source>a MultiPolygon must be a non-empty array of polygons</source>
        <translation>a MultiPolygon must be a non-empty array of polygons</translation>
    </message>
    <message>
        <source>the geometry has no type</source>
        <translation>the geometry has no type</translation>
    </message>
    <message>
        <source>the geometry is a %1; only Polygon and MultiPolygon can be imported</source>
        <translation>the geometry is a %1; only Polygon and MultiPolygon can be imported</translation>
    </message>
    <message>
        <source>the outer ring of part %1</source>
        <translation>the outer ring of part %1</translation>
    </message>
    <message>
        <source>hole %1 of part %2</source>
        <translation>hole %1 of part %2</translation>
    </message>
    <message>
        <source>the outer ring</source>
        <translation>the outer ring</translation>
    </message>
    <message>
        <source>hole %1</source>
        <translation>hole %1</translation>
    </message>
    <message>
        <source> GeoJSON puts the longitude first; were the two numbers swapped?</source>
        <translation> GeoJSON puts the longitude first; were the two numbers swapped?</translation>
    </message>
    <message>
        <source> These look like projected metres; export the layer as longitude/latitude (WGS-84, GCJ-02 or BD-09).</source>
        <translation> These look like projected metres; export the layer as longitude/latitude (WGS-84, GCJ-02 or BD-09).</translation>
    </message>
    <message>
        <source>%1 has a position out of range (%2); longitudes must lie within ±180 and latitudes within ±90.</source>
        <translation>%1 has a position out of range (%2); longitudes must lie within ±180 and latitudes within ±90.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n usable position(s); a ring needs at least 4 (three corners and the first one again).</source>
        <translation>
            <numerusform>%1 has only %n usable position(s); a ring needs at least 4 (three corners and the first one again).</numerusform>
            <numerusform>%1 has only %n usable position(s); a ring needs at least 4 (three corners and the first one again).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not closed: its last position (%2) must repeat its first (%3).</source>
        <translation>%1 is not closed: its last position (%2) must repeat its first (%3).</translation>
    </message>
    <message>
        <source>after conversion to WGS-84 the boundary crosses or touches itself at (%1), on %2.</source>
        <translation>after conversion to WGS-84 the boundary crosses or touches itself at (%1), on %2.</translation>
    </message>
    <message>
        <source>the boundary crosses or touches itself at (%1), on %2; fix the polygon in your GIS and export it again.</source>
        <translation>the boundary crosses or touches itself at (%1), on %2; fix the polygon in your GIS and export it again.</translation>
    </message>
    <message>
        <source>%1 lies outside the outer ring (at %2); a hole must be inside the polygon it belongs to.</source>
        <translation>%1 lies outside the outer ring (at %2); a hole must be inside the polygon it belongs to.</translation>
    </message>
    <message>
        <source>%1 lies inside another hole (at %2).</source>
        <translation>%1 lies inside another hole (at %2).</translation>
    </message>
    <message>
        <source>part %1 lies inside another part (at %2); the parts of a MultiPolygon must not overlap.</source>
        <translation>part %1 lies inside another part (at %2); the parts of a MultiPolygon must not overlap.</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Feature %1</translation>
    </message>
    <message>
        <source>Feature %1 (%2)</source>
        <translation>Feature %1 (%2)</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation>The file is not valid JSON: %1 at byte %2.</translation>
    </message>
    <message>
        <source>The file declares the coordinate system “%1”, which cannot be imported. Export the layer as longitude/latitude in WGS-84 (EPSG:4326), GCJ-02 or BD-09, or choose the coordinate system when importing.</source>
        <translation>The file declares the coordinate system “%1”, which cannot be imported. Export the layer as longitude/latitude in WGS-84 (EPSG:4326), GCJ-02 or BD-09, or choose the coordinate system when importing.</translation>
    </message>
    <message>
        <source>The file is not GeoJSON with polygons: expected a FeatureCollection, a Feature, a Polygon or a MultiPolygon.</source>
        <translation>The file is not GeoJSON with polygons: expected a FeatureCollection, a Feature, a Polygon or a MultiPolygon.</translation>
    </message>
    <message>
        <source>The file contains no features.</source>
        <translation>The file contains no features.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>this is not a GeoJSON Feature (its type is “%1”).</source>
        <translation>this is not a GeoJSON Feature (its type is “%1”).</translation>
    </message>
    <message>
        <source>the feature has neither a code nor a name; give it a “code” (or “id”, “adcode”) and a “name” property.</source>
        <translation>the feature has neither a code nor a name; give it a “code” (or “id”, “adcode”) and a “name” property.</translation>
    </message>
    <message>
        <source>the code %1 is already used by feature %2; codes must be unique.</source>
        <translation>the code %1 is already used by feature %2; codes must be unique.</translation>
    </message>
    <message>
        <source>The geometry is not valid JSON: %1 at byte %2.</source>
        <translation>The geometry is not valid JSON: %1 at byte %2.</translation>
    </message>
    <message>
        <source>The geometry cannot be read: %1.</source>
        <translation>The geometry cannot be read: %1.</translation>
    </message>
    <message>
        <source>The geometry is invalid: %1</source>
        <translation>The geometry is invalid: %1</translation>
    </message>
</context>
<context>
    <name>gs::leads</name>
    <message>
        <source>Title: give the lead a short title, e.g. the entity and what was promised.</source>
        <translation>Title: give the lead a short title, e.g. the entity and what was promised.</translation>
    </message>
    <message>
        <source>Title: at most 200 characters.</source>
        <translation>Title: at most 200 characters.</translation>
    </message>
    <message>
        <source>Categories: choose at least one category.</source>
        <translation>Categories: choose at least one category.</translation>
    </message>
    <message>
        <source>Unified social credit code: 18 characters with a valid check character (GB 32100-2015). Check the code on the business licence.</source>
        <translation>Unified social credit code: 18 characters with a valid check character (GB 32100-2015). Check the code on the business licence.</translation>
    </message>
    <message>
        <source>Contact phone: a mobile number (11 digits starting with 13–19) or a landline with area code, e.g. 020-12345678.</source>
        <translation>Contact phone: a mobile number (11 digits starting with 13–19) or a landline with area code, e.g. 020-12345678.</translation>
    </message>
    <message>
        <source>ID number: 18 characters with a valid birth date and check digit (GB 11643).</source>
        <translation>ID number: 18 characters with a valid birth date and check digit (GB 11643).</translation>
    </message>
    <message>
        <source>Informant phone: a mobile number or a landline with area code.</source>
        <translation>Informant phone: a mobile number or a landline with area code.</translation>
    </message>
    <message>
        <source>Location: give both longitude and latitude, or neither.</source>
        <translation>Location: give both longitude and latitude, or neither.</translation>
    </message>
    <message>
        <source>Location: longitude must be between -180 and 180.</source>
        <translation>Location: longitude must be between -180 and 180.</translation>
    </message>
    <message>
        <source>Location: latitude must be between -90 and 90.</source>
        <translation>Location: latitude must be between -90 and 90.</translation>
    </message>
    <message>
        <source>Place: give an address or pick the place on the map.</source>
        <translation>Place: give an address or pick the place on the map.</translation>
    </message>
    <message>
        <source>Amount involved: cannot be negative.</source>
        <translation>Amount involved: cannot be negative.</translation>
    </message>
    <message>
        <source>Number of victims: cannot be negative.</source>
        <translation>Number of victims: cannot be negative.</translation>
    </message>
    <message>
        <source>Groups at risk: unknown group &apos;%1&apos;.</source>
        <translation>Groups at risk: unknown group &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Source: unknown source &apos;%1&apos;.</source>
        <translation>Source: unknown source &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Source: say how the lead was found.</source>
        <translation>Source: say how the lead was found.</translation>
    </message>
    <message>
        <source>Informant: a confidential informant needs a name or a phone number.</source>
        <translation>Informant: a confidential informant needs a name or a phone number.</translation>
    </message>
    <message>
        <source>Description: at most 20000 characters.</source>
        <translation>Description: at most 20000 characters.</translation>
    </message>
    <message>
        <source>Evidence: %1 is larger than 25 MB. Compress or split it.</source>
        <translation>Evidence: %1 is larger than 25 MB. Compress or split it.</translation>
    </message>
    <message>
        <source>Evidence: all files of one lead together may not exceed 200 MB.</source>
        <translation>Evidence: all files of one lead together may not exceed 200 MB.</translation>
    </message>
    <message>
        <source>Found on patrol</source>
        <translation>Found on patrol</translation>
    </message>
    <message>
        <source>Report from the public</source>
        <translation>Report from the public</translation>
    </message>
    <message>
        <source>Institution monitoring</source>
        <translation>Institution monitoring</translation>
    </message>
    <message>
        <source>Online monitoring</source>
        <translation>Online monitoring</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>The elderly</source>
        <translation>The elderly</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Freelancers</source>
        <translation>Freelancers</translation>
    </message>
    <message>
        <source>Relocated villagers</source>
        <translation>Relocated villagers</translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <translation>Migrant workers</translation>
    </message>
    <message>
        <source>%1: must be text.</source>
        <translation>%1: must be text.</translation>
    </message>
    <message>
        <source>%1: must be a list of text.</source>
        <translation>%1: must be a list of text.</translation>
    </message>
    <message>
        <source>%1: unknown field.</source>
        <translation>%1: unknown field.</translation>
    </message>
    <message>
        <source>entity: must be an object with name, uscc, address, phone, online.</source>
        <translation>entity: must be an object with name, uscc, address, phone, online.</translation>
    </message>
    <message>
        <source>location: needs numeric lon and lat (WGS-84).</source>
        <translation>location: needs numeric lon and lat (WGS-84).</translation>
    </message>
    <message>
        <source>amountYuan: a non-negative amount in yuan with at most two decimals, e.g. &quot;12345.67&quot;.</source>
        <translation>amountYuan: a non-negative amount in yuan with at most two decimals, e.g. &quot;12345.67&quot;.</translation>
    </message>
    <message>
        <source>victims: a whole number, 0 or more.</source>
        <translation>victims: a whole number, 0 or more.</translation>
    </message>
</context>
</TS>
