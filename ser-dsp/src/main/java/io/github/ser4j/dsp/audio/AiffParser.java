package io.github.ser4j.dsp.audio;

/**
 * Walks the chunks of an AIFF or AIFF-C file: {@code "FORM" size "AIFF"|"AIFC"} then
 * big-endian chunks {@code id(4) size(4) body}, padded to even lengths. {@code COMM} gives
 * channels, frame count, bits per sample, the rate as an 80-bit IEEE extended float and,
 * in AIFF-C, a compression type; {@code SSND} holds an offset, a block size and the samples.
 *
 * <p>Compression types read: {@code NONE}/{@code twos}/{@code in24}/{@code in32}
 * (big-endian signed PCM), {@code sowt} (little-endian signed PCM), {@code fl32} and
 * {@code fl64} (big-endian IEEE floats). AIFF's 8-bit PCM is signed, unlike WAV's.
 */
final class AiffParser {

    private AiffParser() {
    }

    static AudioInfo parse(HeaderBytes b, boolean aifc, boolean lenient) throws AudioFormatException {
        long len = b.length();
        long pos = 12;
        long commPos = -1;
        long commSize = 0;
        long dataPos = -1;
        long dataBytes = 0;
        while (pos + 8 <= len) {
            String id = b.id(pos, "chunk id");
            long size = b.u32(pos + 4, true, "size of chunk '" + id + "'");
            long body = pos + 8;
            long avail = len - body;
            if (id.equals("COMM")) {
                if (size > avail) {
                    throw b.fail("COMM chunk at offset " + pos + " declares " + size + " bytes but only " + avail
                            + " remain");
                }
                commPos = body;
                commSize = size;
            } else if (id.equals("SSND")) {
                long offset = b.u32(body, true, "SSND offset");
                long start = body + 8 + offset;
                if (offset > avail - 8) {
                    throw b.fail("SSND data offset " + offset + " points past the end of the file");
                }
                long declared = size - 8 - offset;
                long present = len - start;
                if (declared < 0) {
                    throw b.fail("SSND chunk of " + size + " bytes is smaller than its header and offset " + offset);
                }
                dataPos = start;
                if (size > avail) {
                    if (!lenient) {
                        throw b.fail("SSND chunk declares " + size + " bytes but only " + avail
                                + " remain (truncated file; AudioReader.lenient() reads the bytes present)");
                    }
                    dataBytes = present;
                    break;
                }
                dataBytes = declared;
            } else if (size > avail) {
                if (commPos >= 0 && dataPos >= 0) {
                    break;
                }
                throw b.fail("chunk '" + WavParser.printable(id) + "' at offset " + pos + " declares " + size
                        + " bytes but only " + avail + " remain");
            }
            pos = body + size + (size & 1);
        }
        if (commPos < 0) {
            throw b.fail("no COMM chunk");
        }
        if (commSize < 18) {
            throw b.fail("COMM chunk has " + commSize + " bytes, at least 18 needed");
        }
        int channels = b.u16(commPos, true, "channel count");
        long declaredFrames = b.u32(commPos + 2, true, "frame count");
        int bits = b.u16(commPos + 6, true, "sample size");
        double rateValue = extended(b, commPos + 8);
        String compression = "NONE";
        if (aifc) {
            if (commSize < 22) {
                throw b.fail("AIFF-C COMM chunk has " + commSize + " bytes, at least 22 needed");
            }
            compression = b.id(commPos + 18, "compression type");
        }
        if (channels == 0) {
            throw b.fail("header declares 0 channels");
        }
        if (channels > WavParser.MAX_CHANNELS) {
            throw b.fail("header declares " + channels + " channels, more than " + WavParser.MAX_CHANNELS);
        }
        if (!(rateValue >= 1 && rateValue <= WavParser.MAX_SAMPLE_RATE)) {
            throw b.fail("sample rate " + rateValue + " Hz is outside 1.." + WavParser.MAX_SAMPLE_RATE);
        }
        int rate = (int) Math.round(rateValue);
        boolean bigEndian = true;
        SampleEncoding enc;
        switch (compression) {
            case "NONE", "twos", "in24", "in32", "sowt" -> {
                if (bits < 1 || bits > 32) {
                    throw b.fail("PCM with " + bits + " bits per sample is not supported (1..32)");
                }
                enc = SampleEncoding.signedPcm((bits + 7) / 8);
                bigEndian = !compression.equals("sowt");
            }
            case "fl32", "FL32" -> enc = SampleEncoding.FLOAT_32;
            case "fl64", "FL64" -> enc = SampleEncoding.FLOAT_64;
            default -> throw b.fail("AIFF-C compression '" + WavParser.printable(compression)
                    + "' is not supported (NONE, twos, sowt, in24, in32, fl32, fl64 are)");
        }
        if (declaredFrames > 0 && dataPos < 0) {
            throw b.fail("COMM declares " + declaredFrames + " frames but there is no SSND chunk");
        }
        long frameBytes = (long) channels * enc.bytesPerSample();
        long presentFrames = dataBytes / frameBytes;
        long frames = declaredFrames;
        if (declaredFrames > presentFrames) {
            if (!lenient) {
                throw b.fail("COMM declares " + declaredFrames + " frames but the SSND chunk holds " + presentFrames
                        + " (truncated file; AudioReader.lenient() reads the frames present)");
            }
            frames = presentFrames;
        }
        AudioInfo.Container c = aifc ? AudioInfo.Container.AIFC : AudioInfo.Container.AIFF;
        return new AudioInfo(b.source, c, enc, channels, rate, frames, enc.isFloat() ? enc.bytesPerSample() * 8 : bits,
                Math.max(dataPos, 0), bigEndian);
    }

    /**
     * An 80-bit IEEE 754 extended float (sign, 15-bit exponent biased by 16383, 64-bit
     * mantissa with an explicit integer bit), as AIFF stores its sample rate. The top 53
     * mantissa bits are kept, which is exact for any integer rate.
     */
    static double extended(HeaderBytes b, long pos) throws AudioFormatException {
        int se = b.u16(pos, true, "sample rate");
        long mant = b.u64be(pos + 2, "sample rate");
        int exp = se & 0x7FFF;
        if (exp == 0x7FFF) {
            return Double.NaN;
        }
        if (mant == 0) {
            return 0.0;
        }
        double v = Math.scalb((double) (mant >>> 11), exp - 16383 - 52);
        return (se & 0x8000) != 0 ? -v : v;
    }
}
