<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ImpactText</name>
    <message numerus="yes">
        <location filename="../ui/review/impacttext.cpp" line="+100"/>
        <source>None of %Ln domain(s) changes.</source>
        <translation>
            <numerusform>The one domain compared does not change.</numerusform>
            <numerusform>None of the %Ln domains changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%L1 of %Ln domain(s) change</source>
        <translation>
            <numerusform>%L1 of %Ln domain changes</numerusform>
            <numerusform>%L1 of %Ln domains change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>None of %Ln domain(s) changes, without a binding or through %1.</source>
        <translation>
            <numerusform>The one domain does not change, without a binding or through %1.</numerusform>
            <numerusform>None of the %Ln domains changes, without a binding or through %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n binding(s)</source>
        <translation>
            <numerusform>%n binding</numerusform>
            <numerusform>%n bindings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%L1 of %Ln domain and binding pair(s) change</source>
        <translation>
            <numerusform>%L1 of %Ln domain and binding pair changes</numerusform>
            <numerusform>%L1 of %Ln domain and binding pairs change</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonWording</name>
    <message numerus="yes">
        <location filename="../ui/lessons/lessonwording.cpp" line="+35"/>
        <source>%1: %n</source>
        <comment>connections of a host</comment>
        <translation>
            <numerusform>%1: %n</numerusform>
            <numerusform>%1: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n waiting</source>
        <comment>connections that find no host</comment>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>Goal reached: all %n condition(s) met.</source>
        <translation>
            <numerusform>Goal reached: all %n condition met.</numerusform>
            <numerusform>Goal reached: all %n conditions met.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n condition(s) met.</source>
        <translation>
            <numerusform>%1 of %n condition met.</numerusform>
            <numerusform>%1 of %n conditions met.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The configuration has %n error(s): see the Problems dock.</source>
        <translation>
            <numerusform>The configuration has %n error: see the Problems dock.</numerusform>
            <numerusform>The configuration has %n errors: see the Problems dock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveText</name>
    <message numerus="yes">
        <location filename="../ui/live/livetext.cpp" line="+376"/>
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
        <location filename="../ui/editor/diffdialog.cpp" line="+72"/>
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
    <message numerus="yes">
        <location line="+118"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>After this change no host can take mail for %n domain(s): %1.</source>
        <translation>
            <numerusform>After this change no host can take mail for %n domain: %1.</numerusform>
            <numerusform>After this change no host can take mail for %n domains: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ui::HostCard</name>
    <message numerus="yes">
        <location filename="../ui/live/tierview.cpp" line="+85"/>
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
    <name>rs::ui::HostUsageView</name>
    <message numerus="yes">
        <location filename="../ui/review/hostusageview.cpp" line="+253"/>
        <source>%n domain(s) can route to %1.</source>
        <extracomment>%1 the host; %n (domain, binding) pairs</extracomment>
        <translation>
            <numerusform>%n domain can route to %1.</numerusform>
            <numerusform>%n domains can route to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At their domain limits they would open %n connection(s) to it.</source>
        <translation>
            <numerusform>At their domain limits they would open %n connection to it.</numerusform>
            <numerusform>At their domain limits they would open %n connections to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n would have no host to take their mail.</source>
        <translation>
            <numerusform>%n would have no host to take its mail.</numerusform>
            <numerusform>%n would have no host to take their mail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ui::LessonListModel</name>
    <message numerus="yes">
        <location filename="../ui/lessons/lessonlistmodel.cpp" line="+83"/>
        <source>%n of %1 hint(s) used</source>
        <translation>
            <numerusform>%n of %1 hint used</numerusform>
            <numerusform>%n of %1 hints used</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ui::LessonsPanel</name>
    <message numerus="yes">
        <location filename="../ui/lessons/lessonspanel.cpp" line="+387"/>
        <source>%1 of %n lesson(s) passed.</source>
        <translation>
            <numerusform>%1 of %n lesson passed.</numerusform>
            <numerusform>%1 of %n lessons passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ui::LivePanel</name>
    <message numerus="yes">
        <location filename="../ui/live/livepanel.cpp" line="+579"/>
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
        <location filename="../ui/mainwindow.cpp" line="+824"/>
        <source>Opened %1: %n scope(s)</source>
        <translation>
            <numerusform>Opened %1: %n scope</numerusform>
            <numerusform>Opened %1: %n scopes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+168"/>
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
        <location filename="../ui/editor/routetablemodel.cpp" line="+222"/>
        <source>Up to %n connection(s) at once per domain (%1).</source>
        <translation>
            <numerusform>Up to %n connection at once per domain (%1).</numerusform>
            <numerusform>Up to %n connections at once per domain (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+270"/>
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
        <location filename="../ui/editor/scopetreemodel.cpp" line="+220"/>
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
    <name>rs::ui::SimulationChart</name>
    <message numerus="yes">
        <location filename="../ui/simulation/simulationchart.cpp" line="+236"/>
        <source>Lines: median of %n run(s); bands: 10-90 % of the runs; dashed: the expected spread (fewest connections); grey: a host down.</source>
        <translation>
            <numerusform>Lines: median of %n run; bands: 10-90 % of the runs; dashed: the expected spread (fewest connections); grey: a host down.</numerusform>
            <numerusform>Lines: median of %n runs; bands: 10-90 % of the runs; dashed: the expected spread (fewest connections); grey: a host down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Messages delivered in each step of %1 s. Lines: median of %n run(s); bands: 10-90 % of the runs; grey: a host down.</source>
        <translation>
            <numerusform>Messages delivered in each step of %1 s. Lines: median of %n run; bands: 10-90 % of the runs; grey: a host down.</numerusform>
            <numerusform>Messages delivered in each step of %1 s. Lines: median of %n runs; bands: 10-90 % of the runs; grey: a host down.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ui::SimulationView</name>
    <message numerus="yes">
        <location filename="../ui/simulation/simulationview.cpp" line="+564"/>
        <source>%n connection(s) (expected %1)</source>
        <translation>
            <numerusform>%n connection (expected %1)</numerusform>
            <numerusform>%n connections (expected %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ui::TierView</name>
    <message numerus="yes">
        <location filename="../ui/live/tierview.cpp" line="+249"/>
        <source>%n connection(s) wait.</source>
        <translation>
            <numerusform>%n connection waits.</numerusform>
            <numerusform>%n connections wait.</numerusform>
        </translation>
    </message>
</context>
</TS>
