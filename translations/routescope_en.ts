<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LiveText</name>
    <message numerus="yes">
        <location filename="../ui/live/livetext.cpp" line="+375"/>
        <source>%n connection(s) simulated (before: %1).</source>
        <translation>
            <numerusform>%n connection simulated (before: %1).</numerusform>
            <numerusform>%n connections simulated (before: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%1 now gets %n connection(s) (before: %2).</source>
        <translation>
            <numerusform>%1 now gets %n connection (before: %2).</numerusform>
            <numerusform>%1 now gets %n connections (before: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n connection(s) wait (before: %1).</source>
        <translation>
            <numerusform>%n connection waits (before: %1).</numerusform>
            <numerusform>%n connections wait (before: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Where %n connection(s) go</source>
        <translation>
            <numerusform>Where %n connection goes</numerusform>
            <numerusform>Where %n connections go</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ui::DiffDialog</name>
    <message numerus="yes">
        <location filename="../ui/editor/diffdialog.cpp" line="+63"/>
        <source>These lines will change in %n file(s). Everything else is written back byte for byte, and each file keeps its owner, group and mode.</source>
        <translation>
            <numerusform>These lines will change in %n file. Everything else is written back byte for byte, and the file keeps its owner, group and mode.</numerusform>
            <numerusform>These lines will change in %n files. Everything else is written back byte for byte, and each file keeps its owner, group and mode.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>These lines were changed on disk by another program since RouteScope read the file(s).</source>
        <translation>
            <numerusform>These lines were changed on disk by another program since RouteScope read the file.</numerusform>
            <numerusform>These lines were changed on disk by another program since RouteScope read the files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ui::HostCard</name>
    <message numerus="yes">
        <location filename="../ui/live/tierview.cpp" line="+82"/>
        <source>+%n more address(es)</source>
        <translation>
            <numerusform>+%n more address</numerusform>
            <numerusform>+%n more addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ui::LivePanel</name>
    <message numerus="yes">
        <location filename="../ui/live/livepanel.cpp" line="+495"/>
        <source>All %n connection(s) shown.</source>
        <translation>
            <numerusform>The %n connection shown.</numerusform>
            <numerusform>All %n connections shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+547"/>
        <source>Opened %1: %n scope(s)</source>
        <translation>
            <numerusform>Opened %1: %n scope</numerusform>
            <numerusform>Opened %1: %n scopes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+165"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+145"/>
        <source>%1: %n line(s) changed on disk</source>
        <translation>
            <numerusform>%1: %n line changed on disk</numerusform>
            <numerusform>%1: %n lines changed on disk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ui::RouteTableModel</name>
    <message numerus="yes">
        <location filename="../ui/editor/routetablemodel.cpp" line="+221"/>
        <source>Up to %n connection(s) at once per domain (%1).</source>
        <translation>
            <numerusform>Up to %n connection at once per domain (%1).</numerusform>
            <numerusform>Up to %n connections at once per domain (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+279"/>
        <source>Remove %n route(s)</source>
        <translation>
            <numerusform>Remove %n route</numerusform>
            <numerusform>Remove %n routes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ui::ScopeTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/editor/scopetreemodel.cpp" line="+219"/>
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n scope</numerusform>
            <numerusform>%n scopes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Sets Routes (%n entries)</source>
        <translation>
            <numerusform>Sets Routes (%n entry)</numerusform>
            <numerusform>Sets Routes (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ui::TierView</name>
    <message numerus="yes">
        <location filename="../ui/live/tierview.cpp" line="+233"/>
        <source>%n connection(s) wait.</source>
        <translation>
            <numerusform>%n connection waits.</numerusform>
            <numerusform>%n connections wait.</numerusform>
        </translation>
    </message>
</context>
</TS>
