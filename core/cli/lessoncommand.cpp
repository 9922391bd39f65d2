// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandsupport.h"
#include "cli/diagnostictext.h"
#include "cli/wording.h"
#include "lessons/lessoncheck.h"
#include "lessons/lessonloader.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace rs::cli {

namespace {

// Lesson texts, indented, their paragraphs kept.
void printParagraphs(QTextStream &out, const QString &text, const QString &indent)
{
    for (const QString &line : text.split(u'\n'))
        out << (line.isEmpty() ? QString() : indent + line) << '\n';
}

int list(const LessonSet &set, const QString &lang, bool json, QTextStream &out)
{
    if (json) {
        QJsonArray lessons;
        for (const Lesson &l : set.lessons) {
            lessons.append(QJsonObject{{QStringLiteral("number"), l.number},
                                       {QStringLiteral("id"), l.id},
                                       {QStringLiteral("title"), l.title.in(lang)},
                                       {QStringLiteral("conditions"), l.conditions.size()},
                                       {QStringLiteral("hints"), l.hints.size()}});
        }
        out << toJson(lessons);
        return Ok;
    }
    for (const Lesson &l : set.lessons)
        out << QString::number(l.number).rightJustified(3) << "  " << l.title.in(lang) << "  (" << l.id << ")\n";
    out << "\nroutescope-cli lesson show N: the lesson; lesson start N DIR: its files; lesson check N FILE: a solution\n";
    return Ok;
}

int show(const Lesson &l, const QString &lang, int hints, QTextStream &out)
{
    out << "Lesson " << l.number << ": " << l.title.in(lang) << "  (" << l.id << ")\n\n";
    printParagraphs(out, l.intro.in(lang), QString());
    out << "\nGoal:\n";
    printParagraphs(out, l.goal.in(lang), QStringLiteral("  "));
    out << "\nConditions checked:\n";
    for (qsizetype i = 0; i < l.conditions.size(); ++i)
        out << "  " << (i + 1) << ". " << l.conditions.at(i).text.in(lang) << '\n';
    const qsizetype shown = hints < 0 ? l.hints.size() : std::min<qsizetype>(hints, l.hints.size());
    if (shown > 0) {
        out << "\nHints:\n";
        for (qsizetype i = 0; i < shown; ++i)
            out << "  " << (i + 1) << ". " << l.hints.at(i).in(lang) << '\n';
    }
    if (shown < l.hints.size())
        out << "\n(" << shown << " of " << l.hints.size() << " hints shown; --hints " << (shown + 1) << " shows the next)\n";
    out << "\nStart: routescope-cli lesson start " << l.number << " DIR   (writes DIR/lesson.conf and the zone files)\n"
        << "Check: routescope-cli lesson check " << l.number << " DIR/lesson.conf\n";
    return Ok;
}

bool writeFile(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit())
        return true;
    err << path << ": error: cannot write file: " << f.errorString() << '\n';
    return false;
}

// The learner's sandbox: the start configuration as lesson.conf, the zones beside it.
int start(const Lesson &l, const QString &folder, bool force, QTextStream &out, QTextStream &err)
{
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) {
        err << folder << ": error: cannot create the folder\n";
        return UsageOrIo;
    }
    const QString config = dir.filePath(QStringLiteral("lesson.conf"));
    if (QFileInfo::exists(config) && !force) {
        err << "routescope-cli lesson: " << config << " exists (your work?); --force overwrites it\n";
        return UsageOrIo;
    }
    if (!writeFile(config, l.startConfig, err))
        return UsageOrIo;
    QStringList zoneArgs;
    for (const QString &zone : l.zoneFiles) {
        QFile in(zone);
        const QString target = dir.filePath(QFileInfo(zone).fileName());
        if (!in.open(QIODevice::ReadOnly) || !writeFile(target, in.readAll(), err))
            return UsageOrIo;
        zoneArgs << QStringLiteral("--zone ") + target;
    }
    const QString domain = l.conditions.isEmpty() ? QStringLiteral("DOMAIN") : l.conditions.first().domain;
    out << "Wrote " << config << " and " << l.zoneFiles.size() << " zone file" << (l.zoneFiles.size() == 1 ? "" : "s")
        << " to " << QDir::cleanPath(dir.absolutePath()) << ".\n"
        << "Edit lesson.conf, then:\n"
        << "  routescope-cli explain " << config << ' ' << zoneArgs.join(u' ') << " --domain " << domain << '\n'
        << "  routescope-cli lesson check " << l.number << ' ' << config << '\n';
    return Ok;
}

int check(const Lesson &l, const QString &file, const QString &lang, bool json, QTextStream &out, QTextStream &err)
{
    std::optional<ConfigSet> loaded = loadConfig(file, err);
    if (!loaded)
        return UsageOrIo;
    const ConfigSet &config = *loaded;
    LessonChecker checker;
    std::optional<LessonOutcome> outcome;
    QEventLoop loop;
    QObject::connect(&checker, &LessonChecker::finished, &loop, [&](const LessonOutcome &o) {
        outcome = o;
        loop.quit();
    });
    checker.check(l, config);
    loop.exec();
    if (!outcome->zoneErrors.isEmpty()) {
        err << "routescope-cli lesson: the lesson's zones cannot be loaded: " << lookupSetupText(outcome->zoneErrors)
            << '\n';
        return UsageOrIo;
    }
    if (json) {
        QJsonArray conditions;
        for (const ConditionResult &r : outcome->results) {
            const LessonCondition &c = l.conditions.at(r.condition);
            conditions.append(QJsonObject{{QStringLiteral("number"), r.condition + 1},
                                          {QStringLiteral("text"), c.text.in(lang)},
                                          {QStringLiteral("kind"), expectKindKey(r.kind)},
                                          {QStringLiteral("met"), r.met()},
                                          {QStringLiteral("code"), conditionCodeKey(r.code)},
                                          {QStringLiteral("expected"), r.expected},
                                          {QStringLiteral("actual"), r.actual},
                                          {QStringLiteral("missing"), conditionOutcomeText(r, c)}});
        }
        QJsonArray errors;
        for (const Diagnostic &d : outcome->configErrors) {
            errors.append(QJsonObject{{QStringLiteral("code"), d.code},
                                      {QStringLiteral("message"), diagnosticText(d)},
                                      {QStringLiteral("line"), d.line}});
        }
        out << toJson(QJsonObject{{QStringLiteral("lesson"), l.id},
                                  {QStringLiteral("number"), l.number},
                                  {QStringLiteral("passed"), outcome->passed()},
                                  {QStringLiteral("met"), outcome->metCount()},
                                  {QStringLiteral("total"), outcome->results.size()},
                                  {QStringLiteral("configErrors"), errors},
                                  {QStringLiteral("conditions"), conditions}});
        return outcome->passed() ? Ok : Findings;
    }
    out << "Lesson " << l.number << ": " << l.title.in(lang) << '\n';
    for (const Diagnostic &d : outcome->configErrors)
        out << file << ':' << d.line << ':' << d.column << ": error: " << diagnosticText(d) << " [" << d.code << "]\n";
    for (const ConditionResult &r : outcome->results) {
        const LessonCondition &c = l.conditions.at(r.condition);
        out << (r.met() ? "  [x] " : "  [ ] ") << c.text.in(lang) << '\n';
        if (!r.met())
            out << "        still missing: " << conditionOutcomeText(r, c) << '\n';
    }
    out << outcome->metCount() << " of " << outcome->results.size() << " conditions met";
    if (!outcome->configErrors.isEmpty())
        out << "; the configuration has errors";
    out << (outcome->passed() ? ": lesson solved.\n" : ".\n");
    return outcome->passed() ? Ok : Findings;
}

} // namespace

int lessonCommand(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Built-in lessons on MX routing, each a small configuration to fix, an offline zone, hints,\n"
        "and conditions on the outcome that are checked.\n"
        "  lesson list                 the lessons\n"
        "  lesson show N               introduction, goal, conditions and hints of lesson N\n"
        "  lesson start N DIR          write lesson N's start configuration (DIR/lesson.conf) and zones\n"
        "  lesson check N FILE         check FILE against lesson N: exit 0 solved, 1 not yet\n"
        "N is the lesson's number or id."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("list, show, start or check."));
    parser.addPositionalArgument(QStringLiteral("N"), QStringLiteral("Lesson number or id."), QStringLiteral("[N]"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("start: a folder; check: a configuration."),
                                 QStringLiteral("[FILE|DIR]"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language of the lesson texts: en or de (default: from the locale)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption lessons(QStringLiteral("lessons"),
                                     QStringLiteral("Read the lessons from this folder instead of the built-in ones."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption hints(QStringLiteral("hints"), QStringLiteral("show: only the first K hints."),
                                   QStringLiteral("K"));
    const QCommandLineOption solution(QStringLiteral("solution"),
                                      QStringLiteral("show: print the lesson's solution configuration instead."));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("start: overwrite DIR/lesson.conf."));
    const QCommandLineOption format = formatOption();
    parser.addOptions({lang, lessons, hints, solution, force, format});
    int code = Ok;
    if (!parseArguments(parser, inv, code))
        return code;
    auto usage = [&](const QString &message) {
        inv.err << "routescope-cli lesson: " << message << "\n\n" << helpText(parser, inv);
        return UsageOrIo;
    };
    bool json = false;
    if (!readFormat(parser, inv.err, json))
        return UsageOrIo;
    QString language = parser.value(lang);
    if (language.isEmpty())
        language = QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
    if (!lessonLanguages().contains(language))
        return usage(QStringLiteral("--lang takes %1, not '%2'").arg(lessonLanguages().join(QStringLiteral(" or ")), language));
    int hintCount = -1;
    if (parser.isSet(hints)) {
        bool ok = false;
        hintCount = parser.value(hints).toInt(&ok);
        if (!ok || hintCount < 0)
            return usage(QStringLiteral("--hints takes a number of hints, 0 or more"));
    }

    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const qsizetype needed = action == u"list" ? 1 : action == u"show" ? 2 : (action == u"start" || action == u"check") ? 3 : -1;
    if (needed < 0)
        return usage(action.isEmpty() ? QStringLiteral("an action is needed: list, show, start or check")
                                      : QStringLiteral("unknown action '%1': list, show, start or check").arg(action));
    if (args.size() != needed)
        return usage(QStringLiteral("'lesson %1' takes %2").arg(action, needed == 1 ? QStringLiteral("no more arguments")
                                                                 : needed == 2      ? QStringLiteral("a lesson number")
                                                                 : action == u"start" ? QStringLiteral("a lesson number and a folder")
                                                                                      : QStringLiteral("a lesson number and a configuration")));

    const LessonSet set = loadLessons(parser.isSet(lessons) ? parser.value(lessons) : builtInLessonsFolder());
    for (const LessonError &e : set.errors)
        inv.err << "routescope-cli lesson: " << lessonErrorText(e) << '\n';
    if (set.lessons.isEmpty())
        return UsageOrIo;
    if (action == u"list")
        return list(set, language, json, inv.out);
    const Lesson *lesson = findLesson(set, args.at(1));
    if (!lesson)
        return usage(QStringLiteral("no lesson '%1': there are lessons 1 to %2").arg(args.at(1)).arg(set.lessons.size()));
    if (action == u"show") {
        if (parser.isSet(solution)) {
            writeRaw(inv.out, lesson->solutionConfig);
            return Ok;
        }
        return show(*lesson, language, hintCount, inv.out);
    }
    if (action == u"start")
        return start(*lesson, args.at(2), parser.isSet(force), inv.out, inv.err);
    return check(*lesson, args.at(2), language, json, inv.out, inv.err);
}

} // namespace rs::cli
