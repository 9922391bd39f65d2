// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11, "Never damage a file or hang", against the real routescope-cli: every row
// is named after the item it reproduces and fails on the binary before the fix. Set
// ROUTESCOPE_CLI_UNDER_TEST to run the rows against another build (that is how they
// were checked against the old one). Each run is killed after 10 s and limited to
// 2 GB of address space (not under ASan), so that a regression shows as a failure,
// not a stuck machine.
// Rows that mknod or chown need root (CI runs as root) and skip otherwise.

#include "scratchfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void commands_data();
    void commands();
    void refusedTargets_data();
    void refusedTargets();
    void keptAttributes_data();
    void keptAttributes();
    void refusedEdits_data();
    void refusedEdits();
    void symlinkStillWrittenThrough();
    void stdoutDataStaysExact();

private:
    struct Result {
        int code = -1;  ///< -1: crashed or killed
        QByteArray out, err;
        qint64 ms = 0;
    };
    Result run(const QStringList &args, const QString &stdoutFile = {}) const;
    QString write(const QString &name, const QByteArray &bytes) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_cli;
    bool m_root = false;
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct stat statOf(const QString &path)
{
    struct stat st {};
    ::lstat(QFile::encodeName(path).constData(), &st);
    return st;
}

// No byte a terminal acts on: C0 but LF and TAB, DEL, C1 as UTF-8 (C2 80..9F).
bool terminalSafe(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = uchar(bytes.at(i));
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            return false;
        if (c == 0xc2 && i + 1 < bytes.size() && uchar(bytes.at(i + 1)) <= 0x9f)
            return false;
    }
    return true;
}

const QByteArray kConfig = "# fault suite\nMax_Outbound_Connections = 10\nRoutes = ( \"__mx__\" )\n\n"
                           "Domain \"relay.test\" {\n  Routes = ( \"smtp://192.0.2.20?pref=10\" )\n}\n";
const QByteArray kZone = "$ORIGIN example.test.\n$TTL 300\n@ IN SOA ns h 1 2 3 4 5\n@ IN MX 10 mx1\n@ IN MX 20 mx2\n"
                         "mx1 IN A 192.0.2.10\nmx2 IN A 192.0.2.11\n";

} // namespace

TestFaults::Result TestFaults::run(const QStringList &args, const QString &stdoutFile) const
{
    QProcess p;
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    // Not under a sanitizer: its shadow memory alone is terabytes of address space.
    p.setChildProcessModifier([] {
        const rlimit as{rlim_t(2) << 30, rlim_t(2) << 30};
        ::setrlimit(RLIMIT_AS, &as);
    });
#endif
    QElapsedTimer clock;
    clock.start();
    p.start(m_cli, args);
    Result r;
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
        r.ms = clock.elapsed();
        r.err = "killed after 10 s";
        return r;
    }
    r.ms = clock.elapsed();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = stdoutFile.isEmpty() ? p.readAllStandardOutput() : QByteArray();
    r.err = p.readAllStandardError();
    return r;
}

QString TestFaults::write(const QString &name, const QByteArray &bytes) const
{
    const QString file = path(name);
    return rs::test::writeFile(QFileInfo(file).absolutePath(), QFileInfo(file).fileName(), bytes);
}

void TestFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = qEnvironmentVariable("ROUTESCOPE_CLI_UNDER_TEST", QStringLiteral(ROUTESCOPE_CLI));
    m_root = ::geteuid() == 0;
    write(u"esp.conf"_qs, kConfig);
    write(u"example.test.zone"_qs, kZone);
    QCOMPARE(::mkfifo(QFile::encodeName(path(u"fifo"_qs)).constData(), 0600), 0);
    QVERIFY(QDir().mkpath(path(u"zonedir"_qs)));

    write(u"inc-zero.conf"_qs, "include \"/dev/zero\"\n" + kConfig);
    write(u"inc-fifo.conf"_qs, "include \"fifo\"\n" + kConfig);
    write(u"inc-mem.conf"_qs, "include \"/proc/self/mem\"\n" + kConfig);
    for (int i = 0; i < 30; ++i) {
        const QByteArray next = "\"t" + QByteArray::number(i + 1) + ".conf\"\n";
        write(QStringLiteral("tree/t%1.conf").arg(i), "include " + next + "include " + next + "include " + next);
    }
    write(u"tree/t30.conf"_qs, "\n");
    write(u"inc-tree.conf"_qs, "include \"tree/t0.conf\"\n" + kConfig);
    write(u"shadow"_qs, "root:$6$Xyz12345$abcdefghijklmnopqrstuvwxyzABCDEF0123456789:19700:0:99999:7:::\n"
                        "daemon:*:19700:0:99999:7:::\n");
    write(u"inc-shadow.conf"_qs, "include \"shadow\"\n" + kConfig);

    // A zone over the 16 MiB limit (17 MB of address records).
    QByteArray big = kZone;
    big.reserve(17 << 20);
    for (int i = 0; big.size() < (17 << 20); ++i)
        big += "h" + QByteArray::number(i) + " IN A 10.0." + QByteArray::number((i >> 8) & 255) + '.' + QByteArray::number(i & 255) + '\n';
    write(u"big.zone"_qs, big);

    write(u"controls.conf"_qs, "Routes = ( \"smtp://h\x1b]0;pwned\x07.test\" \"smtp://c\xc2\x9b" "2J.test?prf=1\" \"__mx__\" )\n"
                               "Domain \"esc\x1b[2J.test\" {\n  Routes = ( \"x\x7f.test\" )\n}\n");
    write(u"broken.conf"_qs, "Routes = ( \"__mx__\" )\nDomain \"a.test\" {\n  Routes = ( \"smtp://192.0.2.1\"\n}\n");
    write(u"warn.conf"_qs, "Routes = ( \"__mx__\" \"backup.test\" )\n");  // a warning, exit 0
    write(u"entries.conf"_qs, "Routes = ( \"smtp://h?pref=x\" \"__mx__\" )\n");
}

// One command, its exit code, what its output must (not) hold, and how long it may
// take: every input error stops within a second.
void TestFaults::commands_data()
{
    QTest::addColumn<QStringList>("args");     // "@NAME" is NAME in the test folder
    QTest::addColumn<QString>("stdoutFile");   // e.g. /dev/full; empty: captured
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("errHas");
    QTest::addColumn<QByteArray>("outHas");
    QTest::addColumn<QByteArray>("nowhere");   // in neither stream
    QTest::addColumn<int>("maxMs");            // 0: no limit beyond the 10 s kill

    const QString full = u"/dev/full"_qs;
    auto row = [](const char *name) { return &QTest::newRow(name); };
    // 2. Includes have no limits; 10. an unreadable include is only a warning.
    *row("include-dev-zero") << QStringList{u"check"_qs, u"@inc-zero.conf"_qs} << QString() << 1
                             << QByteArray() << QByteArray("is a character device") << QByteArray() << 1000;
    *row("include-fifo") << QStringList{u"check"_qs, u"@inc-fifo.conf"_qs} << QString() << 1 << QByteArray()
                         << QByteArray("is a FIFO (named pipe)") << QByteArray() << 1000;
    *row("include-tree-3x30") << QStringList{u"check"_qs, u"@inc-tree.conf"_qs} << QString() << 1 << QByteArray()
                              << QByteArray("[include-depth]") << QByteArray() << 1000;
    *row("include-unreadable-is-error") << QStringList{u"check"_qs, u"@inc-mem.conf"_qs} << QString() << 1 << QByteArray()
                                        << QByteArray("error: cannot read included file") << QByteArray() << 1000;
    *row("config-fifo") << QStringList{u"check"_qs, u"@fifo"_qs} << QString() << 2 << QByteArray("is a FIFO")
                        << QByteArray() << QByteArray() << 1000;
    // 7. explain --zone on a directory, /dev/zero, a FIFO, a 50 MB zone.
    *row("zone-directory") << QStringList{u"explain"_qs, u"@esp.conf"_qs, u"--domain"_qs, u"example.test"_qs, u"--zone"_qs, u"@zonedir"_qs}
                           << QString() << 2 << QByteArray("is a directory") << QByteArray() << QByteArray() << 1000;
    *row("zone-dev-zero") << QStringList{u"explain"_qs, u"@esp.conf"_qs, u"--domain"_qs, u"example.test"_qs, u"--zone"_qs, u"/dev/zero"_qs}
                          << QString() << 2 << QByteArray("is a character device") << QByteArray() << QByteArray() << 1000;
    *row("zone-fifo") << QStringList{u"explain"_qs, u"@esp.conf"_qs, u"--domain"_qs, u"example.test"_qs, u"--zone"_qs, u"@fifo"_qs}
                      << QString() << 2 << QByteArray("is a FIFO") << QByteArray() << QByteArray() << 1000;
    *row("zone-too-large") << QStringList{u"explain"_qs, u"@esp.conf"_qs, u"--domain"_qs, u"example.test"_qs, u"--zone"_qs, u"@big.zone"_qs}
                           << QString() << 2 << QByteArray("over the limit of 16 MiB") << QByteArray() << QByteArray() << 1000;
    // 5. Write errors on standard output are ignored.
    *row("stdout-dev-full-check") << QStringList{u"check"_qs, u"@warn.conf"_qs} << full << 2
                                  << QByteArray("No space left on device") << QByteArray() << QByteArray() << 0;
    *row("stdout-dev-full-check-json") << QStringList{u"check"_qs, u"--format"_qs, u"json"_qs, u"@esp.conf"_qs} << full << 2
                                       << QByteArray("No space left on device") << QByteArray() << QByteArray() << 0;
    *row("stdout-dev-full-routes") << QStringList{u"routes"_qs, u"@esp.conf"_qs} << full << 2
                                   << QByteArray("No space left on device") << QByteArray() << QByteArray() << 0;
    *row("stdout-dev-full-explain")
        << QStringList{u"explain"_qs, u"@esp.conf"_qs, u"--domain"_qs, u"example.test"_qs, u"--zone"_qs, u"@example.test.zone"_qs}
        << full << 2 << QByteArray("No space left on device") << QByteArray() << QByteArray() << 0;
    *row("stdout-dev-full-set") << QStringList{u"set"_qs, u"@esp.conf"_qs, u"--global"_qs, u"--route"_qs, u"r.test"_qs} << full << 2
                                << QByteArray("No space left on device") << QByteArray() << QByteArray() << 0;
    *row("stdout-dev-full-dry-run")
        << QStringList{u"set"_qs, u"@esp.conf"_qs, u"--global"_qs, u"--route"_qs, u"r.test"_qs, u"--dry-run"_qs} << full << 2
        << QByteArray("No space left on device") << QByteArray() << QByteArray() << 0;
    // 8. Control characters reach the terminal (checked for every row: terminalSafe).
    *row("esc-bel-escaped-routes") << QStringList{u"routes"_qs, u"@controls.conf"_qs} << QString() << 0 << QByteArray()
                                   << QByteArray("h\\x1b]0;pwned\\x07.test") << QByteArray() << 0;
    *row("c1-control-escaped-routes") << QStringList{u"routes"_qs, u"@controls.conf"_qs} << QString() << 0 << QByteArray()
                                      << QByteArray("c\\u009b2J.test") << QByteArray() << 0;
    *row("c1-control-escaped-check") << QStringList{u"check"_qs, u"@controls.conf"_qs} << QString() << 1 << QByteArray()
                                     << QByteArray("\\u009b") << QByteArray() << 0;
    *row("c1-control-escaped-check-json") << QStringList{u"check"_qs, u"--format"_qs, u"json"_qs, u"@controls.conf"_qs}
                                          << QString() << 1 << QByteArray() << QByteArray("\\u009b") << QByteArray() << 0;
    *row("esc-escaped-explain")
        << QStringList{u"explain"_qs, u"@controls.conf"_qs, u"--domain"_qs, u"example.test"_qs, u"--zone"_qs, u"@example.test.zone"_qs}
        << QString() << 0 << QByteArray() << QByteArray("entry 1 'smtp://h\\x1b]0;pwned\\x07.test'") << QByteArray() << 0;
    *row("esc-escaped-dry-run")
        << QStringList{u"set"_qs, u"@controls.conf"_qs, u"--global"_qs, u"--route"_qs, u"r.test"_qs, u"--dry-run"_qs}
        << QString() << 0 << QByteArray() << QByteArray("-Routes = ( \"smtp://h\\x1b]0;pwned\\x07.test\"") << QByteArray() << 0;
    // 9. Contents of arbitrary files leak into diagnostics.
    *row("shadow-not-quoted") << QStringList{u"check"_qs, u"@inc-shadow.conf"_qs} << QString() << 1 << QByteArray()
                              << QByteArray("[include-not-config]") << QByteArray("root:") << 0;
    *row("shadow-not-quoted-routes") << QStringList{u"routes"_qs, u"@inc-shadow.conf"_qs} << QString() << 1
                                     << QByteArray("[include-not-config]") << QByteArray() << QByteArray("$6$") << 0;
    // 10. The smaller items.
    *row("routes-syntax-error-exit-1") << QStringList{u"routes"_qs, u"@broken.conf"_qs} << QString() << 1
                                       << QByteArray("error: list is not closed") << QByteArray("global Routes") << QByteArray() << 0;
    *row("explain-syntax-error-exit-1")
        << QStringList{u"explain"_qs, u"@broken.conf"_qs, u"--domain"_qs, u"example.test"_qs, u"--zone"_qs, u"@example.test.zone"_qs}
        << QString() << 1 << QByteArray("[syntax-") << QByteArray("mx1.example.test") << QByteArray() << 0;
    *row("down-unknown-host")
        << QStringList{u"explain"_qs, u"@esp.conf"_qs, u"--domain"_qs, u"example.test"_qs, u"--zone"_qs, u"@example.test.zone"_qs,
                       u"--down"_qs, u"mx3.example.test"_qs}
        << QString() << 2 << QByteArray("mx3.example.test is not a candidate") << QByteArray() << QByteArray() << 0;
    *row("limit-unknown-host")
        << QStringList{u"explain"_qs, u"@esp.conf"_qs, u"--domain"_qs, u"example.test"_qs, u"--zone"_qs, u"@example.test.zone"_qs,
                       u"--limit"_qs, u"mx9.example.test=1"_qs}
        << QString() << 2 << QByteArray("mx1.example.test (192.0.2.10)") << QByteArray() << QByteArray() << 0;
    *row("limit-by-address-applies")
        << QStringList{u"explain"_qs, u"@esp.conf"_qs, u"--domain"_qs, u"example.test"_qs, u"--zone"_qs, u"@example.test.zone"_qs,
                       u"--limit"_qs, u"192.0.2.10=1"_qs}
        << QString() << 0 << QByteArray() << QByteArray("limit 1 (what-if override)") << QByteArray() << 0;
    *row("explain-entry-numbered-from-1")
        << QStringList{u"explain"_qs, u"@entries.conf"_qs, u"--domain"_qs, u"example.test"_qs, u"--zone"_qs, u"@example.test.zone"_qs}
        << QString() << 0 << QByteArray() << QByteArray("entry 1 'smtp://h?pref=x' is invalid") << QByteArray() << 0;
    *row("o-empty-usage-error") << QStringList{u"set"_qs, u"@esp.conf"_qs, u"--global"_qs, u"--route"_qs, u"r.test"_qs, u"-o"_qs, QString()}
                                << QString() << 2 << QByteArray("--output needs a file name") << QByteArray() << QByteArray("r.test") << 0;
}

void TestFaults::commands()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stdoutFile);
    QFETCH(int, code);
    QFETCH(QByteArray, errHas);
    QFETCH(QByteArray, outHas);
    QFETCH(QByteArray, nowhere);
    QFETCH(int, maxMs);
    for (QString &a : args) {
        if (a.startsWith(u'@'))
            a = path(a.mid(1));
    }
    const Result r = run(args, stdoutFile);
    const QByteArray report = "exit " + QByteArray::number(r.code) + " after " + QByteArray::number(r.ms) + " ms\nstdout: "
        + r.out.left(600) + "\nstderr: " + r.err.left(600);
    QVERIFY2(r.code == code, report.constData());
    QVERIFY2(errHas.isEmpty() || r.err.contains(errHas), report.constData());
    QVERIFY2(outHas.isEmpty() || r.out.contains(outHas), report.constData());
    QVERIFY2(nowhere.isEmpty() || (!r.out.contains(nowhere) && !r.err.contains(nowhere)), report.constData());
    QVERIFY2(maxMs == 0 || r.ms < maxMs, report.constData());
    QVERIFY2(terminalSafe(r.out) && terminalSafe(r.err), report.constData());
}

// 1. `-o` replaces device nodes and FIFOs; 3. hard links are broken. Refused, exit 2,
// the target as it was.
void TestFaults::refusedTargets_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("o-onto-char-device") << u"device"_qs << QByteArray("is a character device");
    QTest::newRow("o-onto-fifo") << u"fifo"_qs << QByteArray("is a FIFO");
    QTest::newRow("o-onto-socket") << u"socket"_qs << QByteArray("is a socket");
    QTest::newRow("hardlink-refused") << u"hardlink"_qs << QByteArray("has 2 hard links");
}

void TestFaults::refusedTargets()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, reason);
    const QString target = path(u"target-"_qs + kind);
    const QByteArray native = QFile::encodeName(target);
    QStringList args{u"set"_qs, path(u"esp.conf"_qs), u"--global"_qs, u"--route"_qs, u"r.test"_qs};
    QString other;
    if (kind == u"device") {
        if (!m_root)
            QSKIP("mknod of a device needs root");
        QCOMPARE(::mknod(native.constData(), S_IFCHR | 0644, makedev(1, 3)), 0);
        args << u"-o"_qs << target;
    } else if (kind == u"fifo") {
        QCOMPARE(::mkfifo(native.constData(), 0600), 0);
        args << u"-o"_qs << target;
    } else if (kind == u"socket") {
        QCOMPARE(::mknod(native.constData(), S_IFSOCK | 0600, 0), 0);
        args << u"-o"_qs << target;
    } else {
        write(u"target-hardlink"_qs, kConfig);
        other = path(u"other-link"_qs);
        QCOMPARE(::link(native.constData(), QFile::encodeName(other).constData()), 0);
        args = QStringList{u"set"_qs, target, u"--global"_qs, u"--route"_qs, u"r.test"_qs, u"--in-place"_qs};
    }
    const struct stat before = statOf(target);
    const Result r = run(args);
    QVERIFY2(r.code == 2, r.err.constData());
    QVERIFY2(r.err.contains(reason), r.err.constData());
    const struct stat after = statOf(target);
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(after.st_mode, before.st_mode);
    QCOMPARE(after.st_rdev, before.st_rdev);
    if (kind == u"hardlink") {
        QCOMPARE(after.st_nlink, nlink_t(2));
        QCOMPARE(readAll(target), kConfig);
        QVERIFY(r.err.contains("-o"));
    }
}

// 3. Owner and group are lost. Written in place, they must be what they were.
void TestFaults::keptAttributes_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("owner-group-kept") << u"owner"_qs;
    QTest::newRow("setgid-kept") << u"setgid"_qs;
    QTest::newRow("xattr-kept") << u"xattr"_qs;
    QTest::newRow("acl-kept") << u"acl"_qs;
}

void TestFaults::keptAttributes()
{
    QFETCH(QString, what);
    const QString file = write(u"kept-"_qs + what + u".conf"_qs, kConfig);
    const QByteArray native = QFile::encodeName(file);
    if (what == u"owner" || what == u"setgid") {
        if (!m_root)
            QSKIP("chown to nobody:nogroup needs root");
        QCOMPARE(::chown(native.constData(), 65534, 65534), 0);
        QCOMPARE(::chmod(native.constData(), what == u"owner" ? 0640 : 02640), 0);
    } else if (what == u"xattr") {
        if (::setxattr(native.constData(), "user.routescope", "kept", 4, 0) != 0)
            QSKIP("no user extended attributes on this filesystem");
    } else {
        const QString setfacl = QStandardPaths::findExecutable(u"setfacl"_qs);
        QProcess p;
        if (!setfacl.isEmpty())
            p.start(setfacl, {u"-m"_qs, u"u:daemon:r"_qs, file});
        if (setfacl.isEmpty() || !p.waitForFinished() || p.exitCode() != 0)
            QSKIP("setfacl (package acl) missing or no ACLs on this filesystem");
    }
    char acl[512];
    const ssize_t aclSize = ::getxattr(native.constData(), "system.posix_acl_access", acl, sizeof acl);
    const struct stat before = statOf(file);

    const Result r = run({u"set"_qs, file, u"--global"_qs, u"--route"_qs, u"r.test"_qs, u"--in-place"_qs});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(readAll(file).contains("Routes = ( \"r.test\" )"));
    const struct stat after = statOf(file);
    QCOMPARE(after.st_uid, before.st_uid);
    QCOMPARE(after.st_gid, before.st_gid);
    QCOMPARE(QString::number(after.st_mode & 07777, 8), QString::number(before.st_mode & 07777, 8));
    if (what == u"xattr") {
        char value[16] = {};
        QCOMPARE(::getxattr(native.constData(), "user.routescope", value, sizeof value), ssize_t(4));
        QCOMPARE(QByteArray(value), QByteArray("kept"));
    }
    if (what == u"acl") {
        char now[512];
        QVERIFY(aclSize > 0);
        QCOMPARE(::getxattr(native.constData(), "system.posix_acl_access", now, sizeof now), aclSize);
        QCOMPARE(QByteArray(now, aclSize), QByteArray(acl, aclSize));
    }
}

// 4. `set` can write a file that no longer parses. Refused, exit 1, nothing written;
// and 10. `set` accepts an entry check warns about without a word.
void TestFaults::refusedEdits_data()
{
    QTest::addColumn<QStringList>("edit");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("errHas");
    QTest::newRow("domain-backslash-refused") << QStringList{u"--domain"_qs, u"a\\"_qs, u"--route"_qs, u"r.test"_qs} << 1
                                              << QByteArray("would not parse");
    QTest::newRow("regex-unclosed-refused") << QStringList{u"--domain"_qs, u"/([unclosed/"_qs, u"--route"_qs, u"r.test"_qs} << 1
                                            << QByteArray("not a valid regular expression");
    QTest::newRow("set-warns-unknown-key") << QStringList{u"--global"_qs, u"--route"_qs, u"smtp://h.test?prf=1"_qs} << 0
                                           << QByteArray(":3:27: warning: unknown query key 'prf'");
}

void TestFaults::refusedEdits()
{
    QFETCH(QStringList, edit);
    QFETCH(int, code);
    QFETCH(QByteArray, errHas);
    const QString file = write(u"edit-"_qs + QString::fromLatin1(QTest::currentDataTag()) + u".conf"_qs, kConfig);
    const Result r = run(QStringList{u"set"_qs, file} + edit + QStringList{u"--in-place"_qs});
    QVERIFY2(r.code == code, r.err.constData());
    QVERIFY2(r.err.contains(errHas), r.err.constData());
    if (code != 0)
        QCOMPARE(readAll(file), kConfig);
    else
        QVERIFY(readAll(file) != kConfig);
    QVERIFY(run({u"check"_qs, file}).code == 0 || code == 0);
}

void TestFaults::symlinkStillWrittenThrough()
{
    const QString file = write(u"link-target.conf"_qs, kConfig);
    const QString link = path(u"link.conf"_qs);
    QCOMPARE(::symlink("link-target.conf", QFile::encodeName(link).constData()), 0);
    const Result r = run({u"set"_qs, link, u"--global"_qs, u"--route"_qs, u"r.test"_qs, u"--in-place"_qs});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(S_ISLNK(statOf(link).st_mode));
    QVERIFY(readAll(file).contains("Routes = ( \"r.test\" )"));
}

void TestFaults::stdoutDataStaysExact()
{
    // The new file `set` prints is data: its control bytes and CRLFs stay exact.
    const QByteArray crlf = "Routes = ( \"a\x1b.test\" )\r\n# \xc2\x9b kept\r\n";
    const QString file = write(u"exact.conf"_qs, crlf);
    const Result r = run({u"set"_qs, file, u"--domain"_qs, u"n.test"_qs, u"--route"_qs, u"r.test"_qs});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.startsWith(crlf));
    QVERIFY(r.out.endsWith("Domain \"n.test\" {\r\n  Routes = ( \"r.test\" )\r\n}\r\n"));
    // ...while the diff is text: CRLF kept, the controls escaped.
    const Result diff = run({u"set"_qs, file, u"--domain"_qs, u"n.test"_qs, u"--route"_qs, u"r.test"_qs, u"--dry-run"_qs});
    QCOMPARE(diff.code, 0);
    QVERIFY(diff.out.contains("+Domain \"n.test\" {\r\n"));
    QVERIFY(terminalSafe(QByteArray(diff.out).replace("\r\n", "\n")));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
