// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "piecereader.h"

#include "util/tr.h"

#include <QBuffer>
#include <QFileDevice>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>
#include <QtAlgorithms>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <deque>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace Saldo {

namespace {

/// A run of the file's bytes that starts where a piece may start.
struct Piece
{
    QByteArray bytes;
    qint64 offset = 0; ///< of its first byte in the file
    qsizetype index = 0; ///< 0 for the file's first piece
    qint64 firstLine = 1; ///< known once the pieces before it are counted (PieceLines)
    bool last = false; ///< it ends the file
};

/// How many '\n' `bytes` holds. The pieces of a big file are counted on the thread that hands
/// them out, so this is done sixteen bytes at a time with SSE2 (every x86-64 processor has it),
/// eight at a time elsewhere (std::count looks at one at a time).
qint64 countLineEnds(QByteArrayView bytes)
{
    qint64 count = 0;
    qsizetype i = 0;
#ifdef __SSE2__
    const __m128i newline = _mm_set1_epi8('\n');
    while (i + 16 <= bytes.size()) {
        // Each byte of `found` counts the line ends in its column of up to 255 blocks; the sums
        // of differences against zero then add the sixteen up (no popcount instruction is
        // assumed: without -mpopcnt it is a call per block).
        __m128i found = _mm_setzero_si128();
        const qsizetype blocks = std::min<qsizetype>((bytes.size() - i) / 16, 255);
        for (qsizetype b = 0; b < blocks; ++b, i += 16) {
            const __m128i block
                = _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes.data() + i));
            found = _mm_sub_epi8(found, _mm_cmpeq_epi8(block, newline)); // a match is -1
        }
        const __m128i sums = _mm_sad_epu8(found, _mm_setzero_si128());
        count += _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
    }
#else
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 low7 = 0x7f7f7f7f7f7f7f7fULL;
    for (; i + 8 <= bytes.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, bytes.data() + i, 8);
        const quint64 x = word ^ (ones * '\n'); // a zero byte where a '\n' was
        // The high bit of each byte of `zero` is set exactly where x's byte is zero; moved to
        // the low bit, the multiplication adds the bytes up in the top byte.
        const quint64 zero = ~(((x & low7) + low7) | x | low7);
        count += qint64(((zero >> 7) * ones) >> 56);
    }
#endif
    for (; i < bytes.size(); ++i)
        count += bytes[i] == '\n';
    return count;
}

/// Cuts the file into pieces as it reads it, at the places the reader allows.
class PieceCutter
{
public:
    enum class Status { Piece, End, TooBig, ReadFailed };

    /// `mapped`: the whole file mapped into memory, when it could be; the pieces are then views
    /// into it, neither read nor copied.
    PieceCutter(QIODevice &file, const StatementReader &reader, const PieceSettings &settings,
                int threads, QByteArrayView mapped)
        : m_file(file)
        , m_reader(reader)
        , m_settings(settings)
        , m_threads(threads)
        , m_fileSize(file.size())
        , m_mapped(mapped)
    { }

    Status next(Piece &piece);
    /// How big the next piece is to be: the settings' size, smaller towards the end of the
    /// file, so that the threads run out of work together rather than one of them reading the
    /// last big piece alone.
    qsizetype pieceSize() const;
    /// Where the bytes not yet handed out start (after TooBig: the huge piece's start).
    qint64 offset() const { return m_offset; }

private:
    bool readMore();
    /// The first place a piece may start at or after `from`, searching `m_buffer` again only
    /// from where the previous search of this piece stopped.
    qsizetype findCut(qsizetype from);
    void handOut(qsizetype size, Piece &piece);

    QIODevice &m_file;
    const StatementReader &m_reader;
    PieceSettings m_settings;
    int m_threads;
    qint64 m_fileSize;
    QByteArrayView m_mapped;
    QByteArray m_buffer; ///< the file's bytes from m_offset on, not yet handed out
    qint64 m_offset = 0;
    qsizetype m_pieces = 0; ///< handed out
    qsizetype m_searched = 0; ///< m_buffer was searched up to here for the current piece
    bool m_atEnd = false;
    bool m_first = true;
};

qsizetype PieceCutter::pieceSize() const
{
    const qint64 left = m_fileSize - m_offset;
    const qint64 share = left / (4 * qint64(std::max(m_threads, 1)));
    return std::max<qsizetype>(
        1, qsizetype(std::clamp<qint64>(share, m_settings.pieceBytes / 8, m_settings.pieceBytes)));
}

bool PieceCutter::readMore()
{
    // The buffer at least doubles: a statement much longer than a piece is searched through
    // a few times, not once per piece's worth of bytes.
    const qsizetype kept = m_buffer.size();
    const qsizetype wanted = std::max(m_settings.pieceBytes, kept);
    if (!m_mapped.isEmpty()) {
        const qsizetype size = std::min(m_mapped.size() - qsizetype(m_offset), kept + wanted);
        m_atEnd = size == kept;
        m_buffer = QByteArray::fromRawData(m_mapped.data() + m_offset, size);
        return true;
    }
    m_buffer.resize(kept + wanted);
    const qint64 got = m_file.read(m_buffer.data() + kept, wanted);
    m_buffer.resize(kept + std::max<qint64>(got, 0));
    if (got <= 0)
        m_atEnd = true;
    return got >= 0;
}

qsizetype PieceCutter::findCut(qsizetype from)
{
    // A marker may straddle the end of what was searched before: look a little behind it.
    constexpr qsizetype Overlap = 64;
    const qsizetype start = std::max(from, m_searched - Overlap);
    m_searched = m_buffer.size();
    if (start >= m_buffer.size())
        return -1;
    return m_reader.pieceStart(m_buffer, start);
}

void PieceCutter::handOut(qsizetype size, Piece &piece)
{
    if (!m_mapped.isEmpty()) {
        piece.bytes = QByteArray::fromRawData(m_buffer.constData(), size);
        m_buffer = QByteArray::fromRawData(m_buffer.constData() + size, m_buffer.size() - size);
    } else {
        // The buffer becomes the piece; only what follows the piece is copied.
        QByteArray rest = m_buffer.sliced(size);
        piece.bytes = std::exchange(m_buffer, std::move(rest));
        piece.bytes.truncate(size);
    }
    piece.offset = m_offset;
    piece.index = m_pieces++;
    piece.last = false;
    m_offset += size;
    m_searched = 0;
}

PieceCutter::Status PieceCutter::next(Piece &piece)
{
    // The first piece holds the file's first place to cut, so that every piece holds the start
    // of a statement (a reader that finds none in a whole file says so). It is read alone, before
    // the others can start: a sixteenth of a piece (a statement or two) keeps the other cores
    // idle for less.
    qsizetype from = m_first ? std::max<qsizetype>(1, m_settings.pieceBytes / 16) : pieceSize();
    qsizetype firstMark = m_first ? -1 : 0;
    for (;;) {
        if (firstMark < 0) {
            firstMark = findCut(0);
            if (firstMark >= 0) {
                from = std::max(from, firstMark + 1);
                m_searched = 0;
            }
        }
        const qsizetype cut = firstMark < 0 || m_buffer.size() <= from ? -1 : findCut(from);
        if (cut > 0) {
            m_first = false;
            handOut(cut, piece);
            return Status::Piece;
        }
        if (m_atEnd) {
            if (m_buffer.isEmpty())
                return Status::End;
            m_first = false;
            handOut(m_buffer.size(), piece);
            piece.last = true;
            return Status::Piece;
        }
        if (m_buffer.size() >= m_settings.maxPieceBytes)
            return Status::TooBig;
        if (!readMore())
            return Status::ReadFailed;
    }
}

/// Where the pieces start in lines. Counting a piece's line ends touches every byte of it: that
/// is left to the thread that reads the piece (whose cache then holds its bytes), rather than
/// done by the thread that cuts the pieces, which went through the whole file so while the
/// readers waited for it or shared their cores with it. A piece's reader counts first, then
/// waits for the pieces before it to be counted: they were handed out before it, so their
/// readers started before its own did (the pool takes tasks in order) and count first too.
class PieceLines
{
public:
    explicit PieceLines(qint64 firstLine) { m_starts.push_back(firstLine); }

    /// Piece `index` has `lineEnds` line ends; returns the line it starts at, once every piece
    /// before it is counted.
    qint64 startOf(qsizetype index, qint64 lineEnds)
    {
        QMutexLocker lock(&m_mutex);
        if (qsizetype(m_ends.size()) <= index)
            m_ends.resize(size_t(index) + 1, -1);
        m_ends[size_t(index)] = lineEnds;
        // The start of the piece after each counted one, as far as they are counted in a row.
        while (m_starts.size() <= m_ends.size() && m_ends[m_starts.size() - 1] >= 0)
            m_starts.push_back(m_starts.back() + m_ends[m_starts.size() - 1]);
        m_counted.wakeAll();
        while (qsizetype(m_starts.size()) <= index)
            m_counted.wait(&m_mutex);
        return m_starts[size_t(index)];
    }

    /// The line after the pieces counted in a row from the first: after every piece handed
    /// out once all of them were read.
    qint64 end()
    {
        QMutexLocker lock(&m_mutex);
        return m_starts.back();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_counted;
    std::vector<qint64> m_ends; ///< by piece, -1 while not counted
    std::vector<qint64> m_starts; ///< by piece, as far as known
};

/// Keeps what a reader hands over while reading a piece, to be handed to the real sink later
/// in file order. Lines the real sink can take prepared are prepared here, on the piece's
/// thread.
class RecordingSink : public StatementPartSink
{
public:
    RecordingSink(const std::atomic<bool> &stop, const LinePreparer *preparer)
        : m_stop(stop)
        , m_preparer(preparer)
    { }

    bool begin(const Statement &header) override
    {
        m_calls.push_back({ Call::Begin, header, {}, {} });
        return !m_stop.load(std::memory_order_relaxed);
    }
    bool addLines(QList<StatementLine> &&lines) override
    {
        if (m_preparer)
            m_calls.push_back({ Call::Prepared, {}, {}, m_preparer->prepare(std::move(lines)) });
        else
            m_calls.push_back({ Call::Lines, {}, std::move(lines), {} });
        return !m_stop.load(std::memory_order_relaxed);
    }
    bool end(const Statement &header) override
    {
        m_calls.push_back({ Call::End, header, {}, {} });
        return !m_stop.load(std::memory_order_relaxed);
    }

    /// Hands everything over to `sink`; false when the sink stops the reading.
    bool replay(StatementPartSink &sink)
    {
        for (Call &call : m_calls) {
            if (!replay(call, sink))
                return false;
        }
        m_calls.clear();
        return true;
    }

private:
    struct Call
    {
        enum Kind { Begin, Lines, Prepared, End } kind;
        Statement header;
        QList<StatementLine> lines;
        PreparedLines prepared;
    };

    static bool replay(Call &call, StatementPartSink &sink)
    {
        switch (call.kind) {
        case Call::Begin:
            return sink.begin(call.header);
        case Call::Lines:
            return sink.addLines(std::move(call.lines));
        case Call::Prepared:
            return sink.addPrepared(std::move(call.prepared));
        case Call::End:
            return sink.end(call.header);
        }
        return false;
    }

    const std::atomic<bool> &m_stop;
    const LinePreparer *m_preparer;
    std::vector<Call> m_calls;
};

struct PieceResult
{
    ReadResult result;
    std::unique_ptr<RecordingSink> recorded;
    qint64 firstLine = 1; ///< the line the piece was read from
};

/// What readers guess a file's encoding from (they look at no more than this).
constexpr qint64 FileStartBytes = 64 * 1024 + 3; // and a UTF-8 byte order mark

PieceResult readPiece(const StatementReader &reader, const ReadOptions &options, const Piece &piece,
                      const QByteArray &state, const std::atomic<bool> &stop,
                      const LinePreparer *preparer, const QByteArray &fileStart = {})
{
    QBuffer device;
    device.setData(piece.bytes);
    device.open(QIODevice::ReadOnly);
    ReadOptions pieceOptions = options;
    pieceOptions.piece = FilePiece { piece.firstLine, state, piece.last, fileStart };
    PieceResult out { {}, std::make_unique<RecordingSink>(stop, preparer), piece.firstLine };
    out.result = reader.read(device, pieceOptions, *out.recorded);
    return out;
}

/// Puts the pieces' results together into what one read of the whole file gives.
class ResultMerger
{
public:
    explicit ResultMerger(StatementPartSink &sink)
        : m_sink(sink)
    { }

    /// Hands a piece's statements to the sink and takes its result; false when reading stops
    /// here (an error, or the sink stopped it).
    bool add(PieceResult &piece)
    {
        if (!piece.recorded->replay(m_sink)) {
            m_result.canceled = true;
            return false;
        }
        return take(piece.result);
    }

    /// Takes a piece's result (its statements reached the sink already).
    bool take(ReadResult &result)
    {
        if (m_pieces++ == 0)
            m_result.format = result.format;
        for (qsizetype i = 0; i < result.warnings.size(); ++i) {
            const QByteArray key
                = i < result.warningKeys.size() ? result.warningKeys[i] : QByteArray();
            if (key.isEmpty()) {
                m_result.warnings.append(result.warnings[i]);
            } else if (!m_warned.contains(key)) {
                m_warned.insert(key);
                m_result.warnOnce(key, result.warnings[i]);
            }
        }
        m_state = result.pieceState;
        if (result.error) {
            m_result.error = std::move(result.error);
            return false;
        }
        m_result.canceled = result.canceled;
        return !result.canceled;
    }

    void fail(ReadError error) { m_result.error = std::move(error); }
    const QByteArray &state() const { return m_state; }
    ReadResult take()
    {
        m_result.pieceState.clear();
        return std::move(m_result);
    }

private:
    StatementPartSink &m_sink;
    ReadResult m_result;
    QSet<QByteArray> m_warned;
    QByteArray m_state;
    int m_pieces = 0;
};

struct Pending
{
    Piece piece;
    QByteArray assumedState;
    QFuture<PieceResult> future;
};

/// A file mapped into memory while its pieces are read, so that they are views into it rather
/// than copies read into fresh memory (whose page faults, on the thread that hands the pieces
/// out, cost more than reading them). Empty when the device is no file or cannot be mapped:
/// the pieces are read then.
class MappedFile
{
public:
    explicit MappedFile(QIODevice &device)
        : m_file(qobject_cast<QFileDevice *>(&device))
    {
        if (m_file && m_file->pos() == 0 && m_file->size() > 0) {
            m_data = m_file->map(0, m_file->size());
            m_size = m_data ? m_file->size() : 0;
        }
    }
    ~MappedFile()
    {
        if (m_data)
            m_file->unmap(m_data);
    }
    Q_DISABLE_COPY_MOVE(MappedFile)

    QByteArrayView bytes() const
    {
        return QByteArrayView(reinterpret_cast<const char *>(m_data), qsizetype(m_size));
    }

    /// The pieces up to `end` (in the file) are read: their pages are given back, in batches of
    /// 16 MB. Mapped pages count as the process's memory, which would otherwise grow with the
    /// file (a 180 MB camt.053 file peaked at 200 MB); they stay in the page cache. Each call of
    /// madvise() makes every core flush its address cache: once per piece cost 3% of the time.
    void releaseUpTo(qint64 end)
    {
#ifdef Q_OS_UNIX
        constexpr qint64 Batch = 16 << 20;
        static const qint64 page = sysconf(_SC_PAGESIZE);
        const qint64 pageEnd = page > 0 ? end / page * page : 0;
        if (!m_data || pageEnd - m_released < Batch)
            return;
        madvise(m_data + m_released, size_t(pageEnd - m_released), MADV_DONTNEED);
        m_released = pageEnd;
#else
        Q_UNUSED(end);
#endif
    }

private:
    QFileDevice *m_file;
    uchar *m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_released = 0; ///< pages before this were given back
};

int threadCount(const PieceSettings &settings)
{
    if (settings.threads > 0)
        return settings.threads;
    // For measuring: SALDO_READ_THREADS=1 reads every file in one go.
    bool set = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("SALDO_READ_THREADS", &set);
    return set && fromEnvironment > 0 ? fromEnvironment : QThread::idealThreadCount();
}

} // namespace

qsizetype lineStartingWith(QByteArrayView bytes, qsizetype from, QByteArrayView marker)
{
    qsizetype at = from;
    if (at > 0 && at <= bytes.size() && bytes[at - 1] != '\n') {
        const qsizetype end = bytes.indexOf('\n', at);
        if (end < 0)
            return -1;
        at = end + 1;
    }
    while (at >= 0 && at < bytes.size()) {
        if (bytes.size() - at < marker.size())
            return -1;
        if (bytes.sliced(at, marker.size()) == marker)
            return at;
        const qsizetype end = bytes.indexOf('\n', at);
        at = end < 0 ? -1 : end + 1;
    }
    return -1;
}

ReadResult readInPieces(QIODevice &file, const StatementReader &reader, const ReadOptions &options,
                        StatementPartSink &sink, const PieceSettings &settings)
{
    const int threads = threadCount(settings);
    if (threads < 2 || !reader.readsInPieces() || file.size() < settings.minFileBytes
        || file.isSequential())
        return reader.read(file, options, sink);

    std::atomic<bool> stop = false;
    const LinePreparer *const preparer = sink.preparer();
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    std::deque<Pending> pending;
    // Whatever ends the reading early, no piece may still be read when this returns.
    const auto stopAll = [&] {
        stop = true;
        for (Pending &waiting : pending)
            waiting.future.waitForFinished();
        pending.clear();
    };

    ResultMerger merger(sink);
    MappedFile mapped(file);
    PieceCutter cutter(file, reader, settings, threads, mapped.bytes());
    PieceLines lines(1);
    const auto readFailed = [&] {
        merger.fail(ReadError { options.fileName,
                                lines.end(),
                                -1,
                                {},
                                Tr::tr("cannot read the file: %1").arg(file.errorString()) });
    };

    // The first piece is read alone: the state every later piece starts from comes out of it.
    const QByteArray fileStart = file.peek(FileStartBytes);
    Piece piece;
    PieceCutter::Status status = cutter.next(piece);
    if (status == PieceCutter::Status::Piece) {
        piece.firstLine = lines.startOf(piece.index, countLineEnds(piece.bytes));
        PieceResult first = readPiece(reader, options, piece, {}, stop, preparer, fileStart);
        if (!merger.add(first))
            return merger.take();
        mapped.releaseUpTo(piece.offset + piece.bytes.size());
        status = cutter.next(piece);
    }
    for (;;) {
        while (status == PieceCutter::Status::Piece && pending.size() < size_t(threads) * 2) {
            Pending next { std::move(piece), merger.state(), {} };
            next.future = QtConcurrent::run(
                &pool,
                [&reader, &options, &stop, &lines, preparer, numbered = next.piece,
                 state = next.assumedState]() mutable {
                    numbered.firstLine
                        = lines.startOf(numbered.index, countLineEnds(numbered.bytes));
                    return readPiece(reader, options, numbered, state, stop, preparer);
                });
            pending.push_back(std::move(next));
            status = cutter.next(piece);
        }
        if (pending.empty())
            break;
        Pending done = std::move(pending.front());
        pending.pop_front();
        PieceResult result = done.future.takeResult();
        // A piece read before the one ahead of it had ended may have started from a state that
        // turned out different: it is read again (rare: states change seldom in a file).
        if (done.assumedState != merger.state()) {
            done.piece.firstLine = result.firstLine;
            result = readPiece(reader, options, done.piece, merger.state(), stop, preparer);
        }
        if (!merger.add(result)) {
            stopAll();
            return merger.take();
        }
        mapped.releaseUpTo(done.piece.offset + done.piece.bytes.size());
    }
    switch (status) {
    case PieceCutter::Status::Piece:
    case PieceCutter::Status::End:
        break;
    case PieceCutter::Status::ReadFailed:
        readFailed();
        break;
    case PieceCutter::Status::TooBig: {
        // One statement bigger than a piece may be: the rest is read as a stream.
        if (!file.seek(cutter.offset())) {
            readFailed();
            break;
        }
        ReadOptions rest = options;
        rest.piece = FilePiece { lines.end(), merger.state(), true, fileStart };
        ReadResult tail = reader.read(file, rest, sink);
        merger.take(tail);
        break;
    }
    }
    return merger.take();
}

} // namespace Saldo
