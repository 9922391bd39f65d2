// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/fileio.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

using namespace rs;

// core/io: what is read (regular files only, bounded) and what a write keeps (owner,
// group, mode bits, xattrs, ACLs) or refuses (devices, FIFOs, folders, hard links).
// Rows are named after the items of issue 11. Rows that chown or mknod need root;
// CI runs as root.
class TestFileIo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readRefused_data();
    void readRefused();
    void readRegular_data();
    void readRegular();
    void readCancelled();
    void writeKeeps_data();
    void writeKeeps();
    void writeRefused_data();
    void writeRefused();
    void writeThroughSymlink();
    void writeNewFileMode();
    void writeErrorHasStrerror();
    void checkWritable();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString make(const QString &name, const QByteArray &bytes = "old\n") const;
    QTemporaryDir m_dir;
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

QByteArray xattr(const QString &path, const char *name)
{
    char buffer[4096];
    const ssize_t n = ::getxattr(QFile::encodeName(path).constData(), name, buffer, sizeof buffer);
    return n < 0 ? QByteArray() : QByteArray(buffer, n);
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

QString TestFileIo::make(const QString &name, const QByteArray &bytes) const
{
    QFile f(path(name));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
    return f.fileName();
}

void TestFileIo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = ::geteuid() == 0;
}

void TestFileIo::readRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("read-directory") << u"directory"_qs << int(IoErrorCode::NotRegularFile) << u"is a directory"_qs;
    QTest::newRow("read-fifo") << u"fifo"_qs << int(IoErrorCode::NotRegularFile) << u"is a FIFO (named pipe)"_qs;
    QTest::newRow("read-dev-zero") << u"/dev/zero"_qs << int(IoErrorCode::NotRegularFile) << u"is a character device"_qs;
    QTest::newRow("read-too-large") << u"large"_qs << int(IoErrorCode::TooLarge) << u"over the limit of 1024 bytes"_qs;
    QTest::newRow("read-missing") << u"missing"_qs << int(IoErrorCode::NotFound) << u"No such file or directory"_qs;
}

void TestFileIo::readRefused()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, reason);
    QString target = kind;
    if (kind == u"directory") {
        target = path(u"dir"_qs);
        QDir().mkpath(target);
    } else if (kind == u"fifo") {
        target = path(u"fifo"_qs);
        ::unlink(QFile::encodeName(target).constData());
        QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
    } else if (kind == u"large") {
        target = make(u"large"_qs, QByteArray(4096, 'x'));
    } else if (kind == u"missing") {
        target = path(u"missing"_qs);
    }
    QElapsedTimer clock;
    clock.start();
    const IoResult<io::FileContent> r = io::readRegularFile(target, {1024, nullptr});
    QVERIFY(clock.elapsed() < 1000);  // a FIFO must not block, /dev/zero not be read
    QVERIFY(!r);
    QCOMPARE(int(r.error().code), code);
    QCOMPARE(r.error().path, target);
    QVERIFY2(r.error().reason.contains(reason), qPrintable(r.error().toString()));
    QVERIFY(!r.error().toString().contains(u"Unknown error"_qs));
}

void TestFileIo::readRegular_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("minSize");
    QTest::newRow("regular file") << u"regular"_qs << 4;
    // Regular, but st_size says 0: the read goes to EOF, not to st_size.
    QTest::newRow("proc file with size 0") << u"/proc/self/status"_qs << 10;
}

void TestFileIo::readRegular()
{
    QFETCH(QString, file);
    QFETCH(int, minSize);
    const QString target = file.startsWith(u'/') ? file : make(file);
    const IoResult<io::FileContent> r = io::readRegularFile(target);
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QVERIFY(r->bytes.size() >= minSize);
    QVERIFY(r->stamp.isValid());
}

void TestFileIo::readCancelled()
{
    const QString target = make(u"cancel"_qs, QByteArray(3 << 20, 'x'));
    std::atomic_bool cancel{true};
    const IoResult<io::FileContent> r = io::readRegularFile(target, {io::kMaxFileBytes, &cancel});
    QVERIFY(!r);
    QCOMPARE(r.error().code, IoErrorCode::Cancelled);
}

void TestFileIo::writeKeeps_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("owner-group-kept") << u"owner"_qs;     // nobody:nogroup 0640
    QTest::newRow("setgid-kept") << u"setgid"_qs;         // chmod 2640, after the chown
    QTest::newRow("setuid-sticky-kept") << u"setuid"_qs;  // 5750
    QTest::newRow("xattr-kept") << u"xattr"_qs;           // user.routescope
    QTest::newRow("acl-kept") << u"acl"_qs;               // user:daemon:r via setfacl
}

void TestFileIo::writeKeeps()
{
    QFETCH(QString, what);
    const QString file = make(u"keep-"_qs + what);
    const QByteArray native = QFile::encodeName(file);
    if (what == u"owner" || what == u"setgid" || what == u"setuid") {
        if (!m_root)
            QSKIP("chown to nobody:nogroup needs root");
        QCOMPARE(::chown(native.constData(), 65534, 65534), 0);
        const mode_t mode = what == u"owner" ? 0640 : what == u"setgid" ? 02640 : 05750;
        QCOMPARE(::chmod(native.constData(), mode), 0);
    } else if (what == u"xattr") {
        if (::setxattr(native.constData(), "user.routescope", "kept", 4, 0) != 0)
            QSKIP("this filesystem has no user extended attributes");
    } else if (what == u"acl") {
        const QString setfacl = QStandardPaths::findExecutable(u"setfacl"_qs);
        if (setfacl.isEmpty() || !run(setfacl, {u"-m"_qs, u"u:daemon:r"_qs, file}))
            QSKIP("setfacl (package acl) missing or no ACLs on this filesystem");
    }
    const struct stat before = statOf(file);
    const QByteArray aclBefore = xattr(file, "system.posix_acl_access");

    const IoResult<io::FileStamp> r = io::writeFileSafely(file, "new\n");
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(readAll(file), QByteArray("new\n"));
    const struct stat after = statOf(file);
    QVERIFY(after.st_ino != before.st_ino);  // replaced, not rewritten in place
    QCOMPARE(after.st_uid, before.st_uid);
    QCOMPARE(after.st_gid, before.st_gid);
    QCOMPARE(QString::number(after.st_mode & 07777, 8), QString::number(before.st_mode & 07777, 8));
    if (what == u"xattr")
        QCOMPARE(xattr(file, "user.routescope"), QByteArray("kept"));
    if (what == u"acl") {
        QVERIFY(!aclBefore.isEmpty());
        QCOMPARE(xattr(file, "system.posix_acl_access"), aclBefore);
    }
    QCOMPARE(r->inode, quint64(after.st_ino));
    QVERIFY(QDir(m_dir.path()).entryList({u"keep-*.*"_qs}, QDir::Files | QDir::Hidden).isEmpty());  // no temporary left
}

void TestFileIo::writeRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("o-onto-char-device") << u"device"_qs << int(IoErrorCode::NotRegularFile) << u"is a character device"_qs;
    QTest::newRow("o-onto-fifo") << u"fifo"_qs << int(IoErrorCode::NotRegularFile) << u"is a FIFO"_qs;
    QTest::newRow("o-onto-socket") << u"socket"_qs << int(IoErrorCode::NotRegularFile) << u"is a socket"_qs;
    QTest::newRow("o-onto-directory") << u"directory"_qs << int(IoErrorCode::NotRegularFile) << u"is a directory"_qs;
    QTest::newRow("hardlink-refused") << u"hardlink"_qs << int(IoErrorCode::HardLinked) << u"has 2 hard links"_qs;
    QTest::newRow("symlink-to-fifo-refused") << u"link-to-fifo"_qs << int(IoErrorCode::NotRegularFile) << u"is a FIFO"_qs;
    QTest::newRow("missing-folder") << u"no-folder"_qs << int(IoErrorCode::NotFound) << u"No such file or directory"_qs;
}

void TestFileIo::writeRefused()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, reason);
    const QString target = path(u"refused-"_qs + kind);
    const QByteArray native = QFile::encodeName(target);
    if (kind == u"device") {
        if (!m_root)
            QSKIP("mknod needs root");
        QCOMPARE(::mknod(native.constData(), S_IFCHR | 0644, makedev(1, 3)), 0);
    } else if (kind == u"fifo") {
        QCOMPARE(::mkfifo(native.constData(), 0600), 0);
    } else if (kind == u"socket") {
        QCOMPARE(::mknod(native.constData(), S_IFSOCK | 0600, 0), 0);
    } else if (kind == u"directory") {
        QVERIFY(QDir().mkpath(target));
    } else if (kind == u"hardlink") {
        make(u"refused-hardlink"_qs);
        QCOMPARE(::link(native.constData(), QFile::encodeName(path(u"other-name"_qs)).constData()), 0);
    } else if (kind == u"link-to-fifo") {
        const QByteArray fifo = QFile::encodeName(path(u"the-fifo"_qs));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        QCOMPARE(::symlink(fifo.constData(), native.constData()), 0);
    }
    const QString written = kind == u"no-folder" ? target + u"/x.conf"_qs : target;
    const struct stat before = statOf(written);
    const IoResult<io::FileStamp> r = io::writeFileSafely(written, "new\n");
    QVERIFY(!r);
    QCOMPARE(int(r.error().code), code);
    QVERIFY2(r.error().reason.contains(reason), qPrintable(r.error().toString()));
    const struct stat after = statOf(written);
    QCOMPARE(after.st_ino, before.st_ino);  // still what it was
    QCOMPARE(after.st_mode, before.st_mode);
    if (kind == u"hardlink") {
        QCOMPARE(readAll(target), QByteArray("old\n"));
        QVERIFY(r.error().reason.contains(u"-o"_qs));  // says how to write a copy
    }
}

void TestFileIo::writeThroughSymlink()
{
    const QString target = make(u"link-target"_qs);
    const QString link = path(u"link"_qs);
    QCOMPARE(::symlink("link-target", QFile::encodeName(link).constData()), 0);
    const IoResult<io::FileStamp> r = io::writeFileSafely(link, "new\n");
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QVERIFY(S_ISLNK(statOf(link).st_mode));
    QCOMPARE(readAll(target), QByteArray("new\n"));
}

void TestFileIo::writeNewFileMode()
{
    const mode_t mask = ::umask(022);
    const QString file = path(u"new-file"_qs);
    const IoResult<io::FileStamp> r = io::writeFileSafely(file, "new\n");
    ::umask(mask);
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(QString::number(statOf(file).st_mode & 07777, 8), u"644"_qs);
    QCOMPARE(readAll(file), QByteArray("new\n"));
}

void TestFileIo::writeErrorHasStrerror()
{
    // A write that fails part way (here at a file size limit: EFBIG) says why in the
    // system's words, leaves the old file and no temporary.
    const QString file = make(u"fsize"_qs);
    QByteArray big(1 << 20, 'x');
    struct rlimit old {};
    ::getrlimit(RLIMIT_FSIZE, &old);
    struct rlimit limit = old;
    limit.rlim_cur = 4096;
    ::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);
    const IoResult<io::FileStamp> r = io::writeFileSafely(file, big);
    ::setrlimit(RLIMIT_FSIZE, &old);
    QVERIFY(!r);
    QCOMPARE(r.error().sysErrno, EFBIG);
    QCOMPARE(r.error().reason, u"File too large"_qs);
    QCOMPARE(readAll(file), QByteArray("old\n"));
    QVERIFY(QDir(m_dir.path()).entryList({u"fsize.*"_qs}, QDir::Files | QDir::Hidden).isEmpty());
}

void TestFileIo::checkWritable()
{
    QVERIFY(io::checkWritable(make(u"writable"_qs)));
    QVERIFY(io::checkWritable(path(u"not-yet"_qs)));
    QVERIFY(!io::checkWritable(u"/dev/null"_qs));
    QVERIFY(!io::checkWritable(path(u"no/such/folder/x"_qs)));
}

QTEST_GUILESS_MAIN(TestFileIo)
#include "tst_fileio.moc"
