// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rs {

QStringList lessonLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

namespace {

constexpr std::pair<ExpectKind, const char16_t *> kKinds[] = {
    {ExpectKind::FirstTier, u"firstTier"},
    {ExpectKind::Tiers, u"tiers"},
    {ExpectKind::Spread, u"spread"},
    {ExpectKind::Evenly, u"evenly"},
    {ExpectKind::Deliverable, u"deliverable"},
    {ExpectKind::NullMx, u"nullMx"},
    {ExpectKind::DecidedBy, u"decidedBy"},
    {ExpectKind::Port, u"port"},
    {ExpectKind::HostLimit, u"hostLimit"},
    {ExpectKind::DomainLimit, u"domainLimit"},
    {ExpectKind::ImplicitMx, u"implicitMx"},
    {ExpectKind::MaxQueue, u"maxQueue"},
    {ExpectKind::FinalQueue, u"finalQueue"},
    {ExpectKind::MaxDeliveredPerSecond, u"maxDeliveredPerSecond"},
    {ExpectKind::MinDelivered, u"minDelivered"},
    {ExpectKind::DeliveredBy, u"deliveredBy"},
};

// Collects the errors of one lesson.json with the path of the key at fault.
class Reader
{
public:
    Reader(QString file, QList<LessonError> &errors)
        : m_file(std::move(file))
        , m_errors(errors)
    {
    }

    bool ok() const { return !m_failed; }
    void fail(LessonProblem problem, const QString &detail)
    {
        m_failed = true;
        m_errors.append({m_file, problem, detail});
    }

    LessonText text(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        LessonText t;
        if (!v.isObject()) {
            fail(v.isUndefined() ? LessonProblem::MissingField : LessonProblem::BadValue, path);
            return t;
        }
        const QJsonObject texts = v.toObject();
        for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
            if (!it->isString()) {
                fail(LessonProblem::BadValue, path + u'.' + it.key());
                continue;
            }
            t.byLanguage.insert(it.key(), it->toString());
        }
        if (!t.has(QStringLiteral("en")))
            fail(LessonProblem::MissingField, path + QStringLiteral(".en"));
        return t;
    }

    QStringList strings(const QJsonValue &v, const QString &path, bool required)
    {
        QStringList out;
        if (v.isUndefined() && !required)
            return out;
        if (!v.isArray()) {
            fail(v.isUndefined() ? LessonProblem::MissingField : LessonProblem::BadValue, path);
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty())
                fail(LessonProblem::BadValue, QStringLiteral("%1[%2]").arg(path).arg(i));
            else
                out.append(a.at(i).toString().trimmed());
        }
        if (required && out.isEmpty() && a.isEmpty())
            fail(LessonProblem::MissingField, path);
        return out;
    }

    std::optional<int> integer(const QJsonValue &v, const QString &path, int min = 0)
    {
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < min) {
            fail(v.isUndefined() ? LessonProblem::MissingField : LessonProblem::BadValue, path);
            return std::nullopt;
        }
        return v.toInt();
    }

    std::optional<LessonTimeline> timeline(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject()) {
            fail(v.isUndefined() ? LessonProblem::MissingField : LessonProblem::BadValue, path);
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        LessonTimeline t;
        auto duration = [&](const QString &key, qint64 &out, bool required) {
            const QJsonValue d = o.value(key);
            if (d.isUndefined() && !required)
                return;
            const auto parsed = d.isString() ? parseDuration(d.toString()) : std::nullopt;
            if (!parsed || *parsed <= 0)
                fail(d.isUndefined() ? LessonProblem::MissingField : LessonProblem::BadValue, path + u'.' + key);
            else
                out = *parsed;
        };
        auto rate = [&](const QString &key, Rate &out) {
            const QJsonValue r = o.value(key);
            if (r.isUndefined())
                return;
            const auto parsed = r.isString() ? parseRate(r.toString()) : std::nullopt;
            if (!parsed)
                fail(LessonProblem::BadValue, path + u'.' + key);
            else
                out = *parsed;
        };
        duration(QStringLiteral("duration"), t.duration, true);
        duration(QStringLiteral("step"), t.step, false);
        rate(QStringLiteral("rate"), t.arrival);
        rate(QStringLiteral("hostRate"), t.hostRate);
        if (o.contains(QStringLiteral("queue")))
            t.initialQueue = integer(o.value(QStringLiteral("queue")), path + QStringLiteral(".queue")).value_or(0);
        const QStringList down = strings(o.value(QStringLiteral("down")), path + QStringLiteral(".down"), false);
        for (qsizetype i = 0; i < down.size(); ++i) {
            if (const auto outage = parseOutage(down.at(i)))
                t.outages.append(*outage);
            else
                fail(LessonProblem::BadValue, QStringLiteral("%1.down[%2]").arg(path).arg(i));
        }
        return t;
    }

    // The expected value, checked for the shape its kind needs.
    void expectation(const QJsonValue &v, const QString &path, LessonCondition &c)
    {
        if (!v.isObject() || v.toObject().size() != 1) {
            fail(v.isUndefined() ? LessonProblem::MissingField : LessonProblem::BadValue, path);
            return;
        }
        const QJsonObject o = v.toObject();
        const QString key = o.constBegin().key();
        const auto kind = expectKindFromKey(key);
        if (!kind) {
            fail(LessonProblem::BadValue, path + u'.' + key);
            return;
        }
        c.kind = *kind;
        c.expected = o.constBegin().value();
        const QString at = path + u'.' + key;
        const QJsonValue &e = c.expected;
        switch (c.kind) {
        case ExpectKind::FirstTier:
        case ExpectKind::Evenly:
            strings(e, at, true);
            break;
        case ExpectKind::Tiers: {
            if (!e.isArray() || e.toArray().isEmpty())
                fail(LessonProblem::BadValue, at);
            const QJsonArray tiers = e.toArray();
            for (qsizetype i = 0; i < tiers.size(); ++i)
                strings(tiers.at(i), QStringLiteral("%1[%2]").arg(at).arg(i), true);
            break;
        }
        case ExpectKind::Spread: {
            if (!e.isObject() || e.toObject().isEmpty())
                fail(LessonProblem::BadValue, at);
            const QJsonObject spread = e.toObject();
            for (auto it = spread.constBegin(); it != spread.constEnd(); ++it)
                integer(*it, at + u'.' + it.key());
            break;
        }
        case ExpectKind::Deliverable:
        case ExpectKind::NullMx:
            if (!e.isBool())
                fail(LessonProblem::BadValue, at);
            break;
        case ExpectKind::DecidedBy:
            if (!(e.isString() && e.toString() == u"default"))
                strings(e, at, false);
            break;
        case ExpectKind::Port:
        case ExpectKind::HostLimit:
        case ExpectKind::DeliveredBy: {
            const QJsonObject hv = e.toObject();
            const QString valueKey = c.kind == ExpectKind::DeliveredBy ? QStringLiteral("min") : QStringLiteral("value");
            c.host = hv.value(QStringLiteral("host")).toString().trimmed();
            if (!e.isObject() || c.host.isEmpty())
                fail(LessonProblem::MissingField, at + QStringLiteral(".host"));
            integer(hv.value(valueKey), at + u'.' + valueKey, c.kind == ExpectKind::HostLimit ? -1 : 0);
            break;
        }
        case ExpectKind::ImplicitMx:
            c.host = e.toString().trimmed();
            if (c.host.isEmpty())
                fail(LessonProblem::BadValue, at);
            break;
        case ExpectKind::DomainLimit:
        case ExpectKind::MaxQueue:
        case ExpectKind::FinalQueue:
        case ExpectKind::MaxDeliveredPerSecond:
        case ExpectKind::MinDelivered:
            integer(e, at, c.kind == ExpectKind::DomainLimit ? -1 : 0);
            break;
        }
    }

    LessonCondition condition(const QJsonValue &v, const QString &path)
    {
        LessonCondition c;
        if (!v.isObject()) {
            fail(LessonProblem::BadValue, path);
            return c;
        }
        const QJsonObject o = v.toObject();
        c.text = text(o, QStringLiteral("text"), path + QStringLiteral(".text"));
        c.domain = o.value(QStringLiteral("domain")).toString().trimmed();
        if (c.domain.isEmpty())
            fail(LessonProblem::MissingField, path + QStringLiteral(".domain"));
        if (o.contains(QStringLiteral("binding"))) {
            c.binding = o.value(QStringLiteral("binding")).toString().trimmed();
            if (c.binding.isEmpty())
                fail(LessonProblem::BadValue, path + QStringLiteral(".binding"));
        }
        c.whatIf.down = strings(o.value(QStringLiteral("down")), path + QStringLiteral(".down"), false);
        const QJsonValue limits = o.value(QStringLiteral("limits"));
        if (limits.isObject()) {
            const QJsonObject l = limits.toObject();
            for (auto it = l.constBegin(); it != l.constEnd(); ++it) {
                if (const auto n = integer(*it, path + QStringLiteral(".limits.") + it.key(), -1))
                    c.whatIf.limits.insert(it.key().toLower(), *n);
            }
        } else if (!limits.isUndefined()) {
            fail(LessonProblem::BadValue, path + QStringLiteral(".limits"));
        }
        if (o.contains(QStringLiteral("connections")))
            c.whatIf.connections = integer(o.value(QStringLiteral("connections")), path + QStringLiteral(".connections")).value_or(-1);
        if (o.contains(QStringLiteral("timeline")))
            c.timeline = timeline(o.value(QStringLiteral("timeline")), path + QStringLiteral(".timeline"));
        expectation(o.value(QStringLiteral("expect")), path + QStringLiteral(".expect"), c);
        if (needsTimeline(c.kind) && !o.contains(QStringLiteral("timeline")))
            fail(LessonProblem::MissingField, path + QStringLiteral(".timeline"));
        return c;
    }

private:
    QString m_file;
    QList<LessonError> &m_errors;
    bool m_failed = false;
};

std::optional<QByteArray> readAll(const QString &path, QList<LessonError> &errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        errors.append({path, LessonProblem::Unreadable, f.errorString()});
        return std::nullopt;
    }
    return f.readAll();
}

} // namespace

QString expectKindKey(ExpectKind kind)
{
    for (const auto &[k, key] : kKinds) {
        if (k == kind)
            return QString::fromUtf16(key);
    }
    return {};
}

std::optional<ExpectKind> expectKindFromKey(const QString &key)
{
    for (const auto &[k, name] : kKinds) {
        if (key == QStringView(name))
            return k;
    }
    return std::nullopt;
}

bool needsTimeline(ExpectKind kind)
{
    switch (kind) {
    case ExpectKind::MaxQueue:
    case ExpectKind::FinalQueue:
    case ExpectKind::MaxDeliveredPerSecond:
    case ExpectKind::MinDelivered:
    case ExpectKind::DeliveredBy:
        return true;
    default:
        return false;
    }
}

QString builtInLessonsFolder()
{
    return QStringLiteral(":/lessons");
}

std::optional<Lesson> loadLesson(const QString &folder, QList<LessonError> &errors)
{
    const QDir dir(folder);
    const QString file = dir.filePath(QStringLiteral("lesson.json"));
    const auto bytes = readAll(file, errors);
    if (!bytes)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (!doc.isObject()) {
        errors.append({file, LessonProblem::BadJson,
                       parseError.error == QJsonParseError::NoError ? QStringLiteral("not an object")
                                                                   : parseError.errorString()});
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Reader read(file, errors);
    if (o.value(QStringLiteral("format")).toInt(-1) != kLessonFormat)
        read.fail(LessonProblem::BadValue, QStringLiteral("format"));
    Lesson lesson;
    lesson.id = dir.dirName();
    lesson.folder = folder;
    lesson.title = read.text(o, QStringLiteral("title"), QStringLiteral("title"));
    lesson.intro = read.text(o, QStringLiteral("intro"), QStringLiteral("intro"));
    lesson.goal = read.text(o, QStringLiteral("goal"), QStringLiteral("goal"));
    const QJsonArray hints = o.value(QStringLiteral("hints")).toArray();
    for (qsizetype i = 0; i < hints.size(); ++i) {
        QJsonObject holder{{QStringLiteral("hint"), hints.at(i)}};
        lesson.hints.append(read.text(holder, QStringLiteral("hint"), QStringLiteral("hints[%1]").arg(i)));
    }
    if (hints.isEmpty())
        read.fail(LessonProblem::MissingField, QStringLiteral("hints"));
    const QStringList zones = read.strings(o.value(QStringLiteral("zones")), QStringLiteral("zones"), true);
    for (const QString &z : zones)
        lesson.zoneFiles.append(dir.filePath(z));
    const QJsonArray conditions = o.value(QStringLiteral("conditions")).toArray();
    for (qsizetype i = 0; i < conditions.size(); ++i)
        lesson.conditions.append(read.condition(conditions.at(i), QStringLiteral("conditions[%1]").arg(i)));
    if (conditions.isEmpty())
        read.fail(LessonProblem::MissingField, QStringLiteral("conditions"));
    const QString start = o.value(QStringLiteral("start")).toString(QStringLiteral("start.conf"));
    const QString solution = o.value(QStringLiteral("solution")).toString(QStringLiteral("solution.conf"));
    const auto startBytes = readAll(dir.filePath(start), errors);
    const auto solutionBytes = readAll(dir.filePath(solution), errors);
    for (const QString &z : std::as_const(lesson.zoneFiles)) {
        if (!QFile::exists(z))
            errors.append({z, LessonProblem::Unreadable, QString()});
    }
    if (!read.ok() || !startBytes || !solutionBytes
        || !std::all_of(lesson.zoneFiles.cbegin(), lesson.zoneFiles.cend(), [](const QString &z) { return QFile::exists(z); }))
        return std::nullopt;
    lesson.startConfig = *startBytes;
    lesson.solutionConfig = *solutionBytes;
    return lesson;
}

LessonSet loadLessons(const QString &folder)
{
    LessonSet set;
    const QDir dir(folder);
    const QStringList subfolders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &sub : subfolders) {
        if (!QFile::exists(dir.filePath(sub + QStringLiteral("/lesson.json"))))
            continue;
        if (auto lesson = loadLesson(dir.filePath(sub), set.errors)) {
            lesson->number = int(set.lessons.size()) + 1;
            set.lessons.append(std::move(*lesson));
        }
    }
    if (set.lessons.isEmpty() && set.errors.isEmpty())
        set.errors.append({folder, LessonProblem::NoLessons, QString()});
    return set;
}

const Lesson *findLesson(const LessonSet &set, const QString &numberOrId)
{
    bool isNumber = false;
    const int n = numberOrId.toInt(&isNumber);
    for (const Lesson &l : set.lessons) {
        if (isNumber ? l.number == n
                     : (l.id.compare(numberOrId, Qt::CaseInsensitive) == 0
                        || l.id.section(u'-', 1).compare(numberOrId, Qt::CaseInsensitive) == 0))
            return &l;
    }
    return nullptr;
}

} // namespace rs
