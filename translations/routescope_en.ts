<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>rs::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="379" />
        <source>Opened %1: %n scope(s)</source>
        <translation><numerusform>Opened %1: %n scope</numerusform><numerusform>Opened %1: %n scopes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="531" />
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="531" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>rs::ui::RouteTableModel</name>
    <message numerus="yes">
        <location filename="../ui/routetablemodel.cpp" line="483" />
        <source>Remove %n route(s)</source>
        <translation><numerusform>Remove %n route</numerusform><numerusform>Remove %n routes</numerusform></translation>
    </message>
</context>
<context>
    <name>rs::ui::ScopeTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/scopetreemodel.cpp" line="196" />
        <source>%n scope(s)</source>
        <translation><numerusform>%n scope</numerusform><numerusform>%n scopes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scopetreemodel.cpp" line="234" />
        <source>Sets Routes (%n entries)</source>
        <translation><numerusform>Sets Routes (%n entry)</numerusform><numerusform>Sets Routes (%n entries)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scopetreemodel.cpp" line="244" />
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scopetreemodel.cpp" line="244" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
</TS>