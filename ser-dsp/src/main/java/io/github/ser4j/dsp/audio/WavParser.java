package io.github.ser4j.dsp.audio;

/**
 * Walks the chunks of a RIFF/WAVE (or big-endian RIFX) file and finds its format and sample
 * data. Layout: {@code "RIFF" size "WAVE"} then chunks {@code id(4) size(4) body}, each body
 * padded to an even length. Unknown chunks ({@code LIST}, {@code fact}, {@code bext}, ...) are
 * skipped wherever they are. The RIFF size field is ignored (writers often get it wrong);
 * every other size is checked against the bytes actually present.
 */
final class WavParser {
    static final int WAVE_FORMAT_PCM = 0x0001;
    static final int WAVE_FORMAT_IEEE_FLOAT = 0x0003;
    static final int WAVE_FORMAT_EXTENSIBLE = 0xFFFE;
    static final long MAX_SAMPLE_RATE = 1_000_000;
    static final int MAX_CHANNELS = 1024;
    private static final long SIZE_UNKNOWN = 0xFFFF_FFFFL;

    private WavParser() {
    }

    static AudioInfo parse(HeaderBytes b, boolean bigEndian, boolean lenient) throws AudioFormatException {
        long len = b.length();
        long pos = 12;
        long fmtPos = -1;
        long fmtSize = 0;
        long dataPos = -1;
        long dataBytes = 0;
        while (pos + 8 <= len) {
            String id = b.id(pos, "chunk id");
            long size = b.u32(pos + 4, bigEndian, "size of chunk '" + id + "'");
            long body = pos + 8;
            long avail = len - body;
            if (id.equals("fmt ")) {
                if (size > avail) {
                    throw b.fail("'fmt ' chunk at offset " + pos + " declares " + size + " bytes but only "
                            + avail + " remain");
                }
                fmtPos = body;
                fmtSize = size;
            } else if (id.equals("data")) {
                dataPos = body;
                if (size == SIZE_UNKNOWN || size > avail) {
                    if (!lenient) {
                        throw b.fail("data chunk declares " + (size == SIZE_UNKNOWN ? "0xFFFFFFFF (unknown)" : size)
                                + " bytes but only " + avail + " remain (truncated or streamed file;"
                                + " AudioReader.lenient() reads the bytes present)");
                    }
                    dataBytes = avail;
                    break;
                }
                if (size == 0 && avail > 0 && !chunkFollows(b, body, bigEndian)) {
                    if (!lenient) {
                        throw b.fail("data chunk declares 0 bytes but " + avail + " bytes follow (streamed file?"
                                + " AudioReader.lenient() reads them)");
                    }
                    dataBytes = avail;
                    break;
                }
                dataBytes = size;
            } else if (size > avail) {
                if (fmtPos >= 0 && dataPos >= 0) {
                    break; // trailing junk after a complete file
                }
                throw b.fail("chunk '" + printable(id) + "' at offset " + pos + " declares " + size
                        + " bytes but only " + avail + " remain");
            }
            // Sizes are unsigned 32-bit and pos only grows: the walk always ends.
            pos = body + size + (size & 1);
        }
        if (fmtPos < 0) {
            throw b.fail("no 'fmt ' chunk");
        }
        if (dataPos < 0) {
            throw b.fail("no 'data' chunk");
        }
        return format(b, fmtPos, fmtSize, dataPos, dataBytes, bigEndian);
    }

    /** Whether a well-formed chunk header (printable id, size within the file) starts at {@code pos}. */
    private static boolean chunkFollows(HeaderBytes b, long pos, boolean bigEndian) throws AudioFormatException {
        if (pos + 8 > b.length() || !b.printableId(pos)) {
            return false;
        }
        return b.u32(pos + 4, bigEndian, "chunk size") <= b.length() - pos - 8;
    }

    private static AudioInfo format(HeaderBytes b, long p, long size, long dataPos, long dataBytes,
                                    boolean bigEndian) throws AudioFormatException {
        if (size < 16) {
            throw b.fail("'fmt ' chunk has " + size + " bytes, at least 16 needed");
        }
        int tag = b.u16(p, bigEndian, "format tag");
        int channels = b.u16(p + 2, bigEndian, "channel count");
        long rate = b.u32(p + 4, bigEndian, "sample rate");
        int bits = b.u16(p + 14, bigEndian, "bits per sample");
        int validBits = bits;
        int effectiveTag = tag;
        if (tag == WAVE_FORMAT_EXTENSIBLE) {
            if (size < 40) {
                throw b.fail("WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk has " + size + " bytes, 40 needed");
            }
            int vb = b.u16(p + 18, bigEndian, "valid bits per sample");
            validBits = vb == 0 ? bits : vb;
            // The sub-format GUID starts with the format tag it stands for.
            effectiveTag = b.u16(p + 24, bigEndian, "sub-format GUID");
        }
        if (channels == 0) {
            throw b.fail("header declares 0 channels");
        }
        if (channels > MAX_CHANNELS) {
            throw b.fail("header declares " + channels + " channels, more than " + MAX_CHANNELS);
        }
        if (rate < 1 || rate > MAX_SAMPLE_RATE) {
            throw b.fail("sample rate " + rate + " Hz is outside 1.." + MAX_SAMPLE_RATE);
        }
        SampleEncoding enc = encoding(b, effectiveTag, bits);
        long frames = dataBytes / ((long) channels * enc.bytesPerSample());
        return new AudioInfo(b.source, bigEndian ? AudioInfo.Container.RIFX : AudioInfo.Container.WAV, enc,
                channels, (int) rate, frames, validBits, dataPos, bigEndian);
    }

    private static SampleEncoding encoding(HeaderBytes b, int tag, int bits) throws AudioFormatException {
        if (tag == WAVE_FORMAT_PCM) {
            if (bits < 1 || bits > 32) {
                throw b.fail("PCM with " + bits + " bits per sample is not supported (1..32)");
            }
            int bytes = (bits + 7) / 8;
            return bytes == 1 ? SampleEncoding.PCM_U8 : SampleEncoding.signedPcm(bytes);
        }
        if (tag == WAVE_FORMAT_IEEE_FLOAT) {
            if (bits == 32) {
                return SampleEncoding.FLOAT_32;
            }
            if (bits == 64) {
                return SampleEncoding.FLOAT_64;
            }
            throw b.fail("IEEE float with " + bits + " bits per sample is not supported (32 or 64)");
        }
        throw b.fail(String.format("WAV format tag 0x%04X (%s) is not supported; PCM and IEEE float are",
                tag, tagName(tag)));
    }

    private static String tagName(int tag) {
        return switch (tag) {
            case 0x0002 -> "MS ADPCM";
            case 0x0006 -> "A-law";
            case 0x0007 -> "mu-law";
            case 0x0011 -> "IMA ADPCM";
            case 0x0031 -> "GSM 6.10";
            case 0x0050, 0x0055 -> "MPEG";
            default -> "unknown";
        };
    }

    static String printable(String id) {
        StringBuilder s = new StringBuilder();
        for (char c : id.toCharArray()) {
            s.append(c >= 0x20 && c <= 0x7E ? String.valueOf(c) : String.format("\\x%02X", (int) c));
        }
        return s.toString();
    }
}
