<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttentionTableModel</name>
    <message numerus="yes">
        <source>Follow-up overdue by %n day(s)</source>
        <translation>
            <numerusform>Follow-up overdue by %n day</numerusform>
            <numerusform>Follow-up overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No meeting for %n day(s)</source>
        <translation>
            <numerusform>No meeting for %n day</numerusform>
            <numerusform>No meeting for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>Delete the %n backup(s) made before the last erasure? They still hold the erased people. The backups made since are kept.</source>
        <translation>
            <numerusform>Delete the %n backup made before the last erasure? It still holds the erased people. The backups made since are kept.</numerusform>
            <numerusform>Delete the %n backups made before the last erasure? They still hold the erased people. The backups made since are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message numerus="yes">
        <source>Still open, overdue by %n day(s)</source>
        <translation>
            <numerusform>Still open, overdue by %n day</numerusform>
            <numerusform>Still open, overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvMappingPage</name>
    <message numerus="yes">
        <source>%1: %2, separated by %3, %n data rows.</source>
        <translation>
            <numerusform>%1: %2, separated by %3, %n data row.</numerusform>
            <numerusform>%1: %2, separated by %3, %n data rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows, numbered by their line in the file:</source>
        <translation>
            <numerusform>The first %n row, numbered by its line in the file:</numerusform>
            <numerusform>The first %n rows, numbered by their line in the file:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReportPage</name>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows read: %1 and %2 are ready to import.</source>
        <translation>
            <numerusform>%n row read: %1 and %2 are ready to import.</numerusform>
            <numerusform>%n rows read: %1 and %2 are ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have problems. Nothing is imported until they are corrected in the file, or you choose to leave them out.</source>
        <translation>
            <numerusform>%n row has problems. Nothing is imported until it is corrected in the file, or you choose to leave it out.</numerusform>
            <numerusform>%n rows have problems. Nothing is imported until they are corrected in the file, or you choose to leave them out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerWorkspace</name>
    <message numerus="yes">
        <source>Added %n sample customer(s).</source>
        <translation>
            <numerusform>Added %n sample customer.</numerusform>
            <numerusform>Added %n sample customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>customers, %Ln item(s) in the list</source>
        <translation>
            <numerusform>customers, %Ln item in the list</numerusform>
            <numerusform>customers, %Ln items in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past their stay-in-touch interval</source>
        <translation>
            <numerusform>%Ln past their stay-in-touch interval</numerusform>
            <numerusform>%Ln past their stay-in-touch interval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionOffer</name>
    <message numerus="yes">
        <source>The database is encrypted now, but %n older backup(s) of it are not: they hold everything in clear. Delete them? Backups made from now on are encrypted.</source>
        <translation>
            <numerusform>The database is encrypted now, but %n older backup of it is not: it holds everything in clear. Delete it? Backups made from now on are encrypted.</numerusform>
            <numerusform>The database is encrypted now, but %n older backups of it are not: they hold everything in clear. Delete them? Backups made from now on are encrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message numerus="yes">
        <source>&amp;Portfolio review of the %n customer(s) in the list</source>
        <translation>
            <numerusform>&amp;Portfolio review of the %n customer in the list</numerusform>
            <numerusform>&amp;Portfolio review of the %n customers in the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnerFilter</name>
    <message numerus="yes">
        <source>Give %n customer(s) to:</source>
        <translation>
            <numerusform>Give %n customer to:</numerusform>
            <numerusform>Give %n customers to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrinciplesPanel</name>
    <message numerus="yes">
        <source>(was %1, %n day(s) ago)</source>
        <translation>
            <numerusform>(was %1, %n day ago)</numerusform>
            <numerusform>(was %1, %n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReachOutList</name>
    <message numerus="yes">
        <source>%n drifting apart</source>
        <translation>
            <numerusform>%n drifting apart</numerusform>
            <numerusform>%n drifting apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past their stay-in-touch interval</source>
        <translation>
            <numerusform>%n past their stay-in-touch interval</numerusform>
            <numerusform>%n past their stay-in-touch interval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationshipPanel</name>
    <message numerus="yes">
        <source>%1: %n topic(s), %2 depth reached by %3</source>
        <translation>
            <numerusform>%1: %n topic, %2 depth reached by %3</numerusform>
            <numerusform>%1: %n topics, %2 depth reached by %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %n day(s): </source>
        <translation>
            <numerusform>In the last %n day: </numerusform>
            <numerusform>In the last %n days: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message numerus="yes">
        <source>Choose a new password of at least %n character(s).</source>
        <translation>
            <numerusform>Choose a new password of at least %n character.</numerusform>
            <numerusform>Choose a new password of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Synced %n minute ago</numerusform>
            <numerusform>Synced %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync kept %n value(s) that lost to a later edit: see Settings ▸ Team ▸ Conflicts</source>
        <translation>
            <numerusform>The sync kept %n value that lost to a later edit: see Settings ▸ Team ▸ Conflicts</numerusform>
            <numerusform>The sync kept %n values that lost to a later edit: see Settings ▸ Team ▸ Conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%1 of %n meeting(s)</source>
        <translation>
            <numerusform>%1 of %n meeting</numerusform>
            <numerusform>%1 of %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VCardImportDialog</name>
    <message numerus="yes">
        <source>%1: %n cards read.</source>
        <translation>
            <numerusform>%1: %n card read.</numerusform>
            <numerusform>%1: %n cards read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n new contact</numerusform>
            <numerusform>%n new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out because of a problem</source>
        <translation>
            <numerusform>%n left out because of a problem</numerusform>
            <numerusform>%n left out because of a problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customers: %1</source>
        <translation>
            <numerusform>%n new customer: %1</numerusform>
            <numerusform>%n new customers: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
