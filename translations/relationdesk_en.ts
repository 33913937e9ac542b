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
</TS>
