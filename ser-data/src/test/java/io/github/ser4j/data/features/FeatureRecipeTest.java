package io.github.ser4j.data.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.audio.AudioLoader;
import io.github.ser4j.dsp.features.Features;
import io.github.ser4j.dsp.features.MfccConfig;
import io.github.ser4j.dsp.resample.ResampleType;
import io.github.ser4j.dsp.spectral.PadMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureRecipeTest {
    @TempDir
    Path dir;

    private static final Map<String, Supplier<FeatureRecipe>> PREDEFINED = Map.of(
            "seed000", FeatureRecipe::seed000, "seed001", FeatureRecipe::seed001, "seed003", FeatureRecipe::seed003,
            "seed004", FeatureRecipe::seed004, "ser4j-logmel64", FeatureRecipe::logMel64, "ser4j-functionals", FeatureRecipe::functionals);

    @Test
    void eachPredefinedRecipeGivesItsDocumentedShapeOnAGeneratedUtterance() throws IOException {
        // 16 kHz like EMO-DB, 2.3 s: shorter than the fixed 2.5 / 3 s windows, so they pad
        // (seed 000 reads 1.7 s after its 0.6 s offset and pads that to 2.5 s).
        Path wav = FeatureFixtures.wav(dir, "a.wav", 16000, 2.3, 1);
        Map<String, int[]> documented = Map.of(
                "seed000", new int[] {880}, "seed001", new int[] {50}, "seed003", new int[] {128, 259},
                "seed004", new int[] {160}, "ser4j-logmel64", new int[] {64, 188}, "ser4j-functionals", new int[] {706});
        for (var e : documented.entrySet()) {
            FeatureRecipe r = PREDEFINED.get(e.getKey()).get();
            assertThat(r.name()).isEqualTo(e.getKey());
            FeatureArray x = FeaturePipeline.of(r).extract(wav);
            assertThat(x.shape()).as(e.getKey()).containsExactly(e.getValue());
            assertThat(r.outputShape()).as(e.getKey() + " outputShape()").containsExactly(e.getValue());
            for (float v : x.data()) {
                assertThat(Float.isFinite(v)).as(e.getKey() + " finite").isTrue();
            }
        }
        FeatureRecipe tenMs = FeatureRecipe.logMel("m", 16000, 64, 400, 160, 3.0);
        assertThat(FeaturePipeline.of(tenMs).extract(wav).shape()).containsExactly(64, 301);
        assertThat(tenMs.outputShape()).containsExactly(64, 301);
        // a long file is truncated to the same shapes
        Path longWav = FeatureFixtures.wav(dir, "long.wav", 16000, 5.0, 2);
        assertThat(FeaturePipeline.of(FeatureRecipe.seed003()).extract(longWav).shape()).containsExactly(128, 259);
        assertThat(FeaturePipeline.of(FeatureRecipe.seed000()).extract(longWav).shape()).containsExactly(880);
    }

    @Test
    void seed001VectorIsTheTimeMeanOfFeaturesMfccWithItsSettings() throws IOException {
        Path wav = FeatureFixtures.wav(dir, "b.wav", 16000, 1.7, 3);
        FeatureArray x = FeaturePipeline.of(FeatureRecipe.seed001()).extract(wav);
        Audio a = AudioLoader.load(wav, io.github.ser4j.dsp.audio.LoadOptions.librosaDefaults());
        MfccConfig cfg = MfccConfig.librosa(22050, 50);
        cfg = cfg.withMelSpectrogram(cfg.melSpectrogram().withStft(
                io.github.ser4j.dsp.spectral.StftConfig.of(512, 256).withPadMode(PadMode.REFLECT)));
        float[] expected = Features.timeMean(Features.mfcc(a.samples(), cfg));
        assertThat(x.data()).containsExactly(expected);
    }

    @Test
    void inMemoryAudioAtAnotherRateIsResampledLikeTheLoader() throws IOException {
        Path wav = FeatureFixtures.wav(dir, "r.wav", 16000, 1.1, 5);
        FeaturePipeline p = FeaturePipeline.of(FeatureRecipe.seed001());
        Audio native16k = AudioLoader.load(wav, io.github.ser4j.dsp.audio.LoadOptions.nativeRate());
        assertThat(native16k.sampleRate()).isEqualTo(16000);
        assertThat(p.process(native16k)).isEqualTo(p.extract(wav));
        assertThatThrownBy(() -> p.process(new Audio(new float[0], 22050))).hasMessageContaining("no samples");
    }

    @Test
    void seed000StacksZcrRmsThenMfccFrameByFrame() throws IOException {
        Path wav = FeatureFixtures.wav(dir, "c.wav", 16000, 3.5, 4);
        FeatureRecipe r = FeatureRecipe.seed000();
        FeaturePipeline p = FeaturePipeline.of(r);
        float[] y = p.applyEffects(p.load(wav).samples());
        assertThat(y).hasSize(20062); // round(2.5 * 8025)
        float[] zcr = Features.zcr(y, 2048, 512, true)[0];
        float[] rms = Features.rms(y)[0];
        float[][] mfcc = Features.mfcc(y, 8025, 20);
        float[] x = p.process(new Audio(y, 8025)).data();
        for (int t = 0; t < 40; t++) {
            assertThat(x[t]).isEqualTo(zcr[t]);
            assertThat(x[40 + t]).isEqualTo(rms[t]);
            for (int k = 0; k < 20; k++) {
                assertThat(x[80 + 20 * t + k]).as("mfcc[%d][%d]", k, t).isEqualTo(mfcc[k][t]);
            }
        }
    }

    @Test
    void textFormRoundTripsForEveryPredefinedAndACustomRecipe() {
        FeatureRecipe custom = FeatureRecipe.builder("custom_1.x")
                .sampleRate(11025).resType(ResampleType.KAISER_FAST).offset(0.25).duration(4.0)
                .trim(35.5).wiener(5).preEmphasis(0.97).fixDuration(2.0)
                .feature(FeatureSpec.mfcc(13).withFrames(400, 160).withMelRange(20, 4000).withHtk(true).withDeltas(2)
                        .withTopDb(Double.POSITIVE_INFINITY))
                .feature(FeatureSpec.chroma().withFrames(512, 160).withPadMode(PadMode.REFLECT))
                .feature(FeatureSpec.zcr().withFrames(400, 160))
                .feature(FeatureSpec.centroid().withFrames(1024, 160))
                .feature(FeatureSpec.stft().withFrames(256, 160))
                .feature(FeatureSpec.mel(40).withFrames(512, 160))
                .feature(FeatureSpec.rms().withFrames(400, 160))
                .pooling(Pooling.FRAMES)
                .build();
        for (FeatureRecipe r : List.of(custom, FeatureRecipe.seed000(), FeatureRecipe.seed001(),
                FeatureRecipe.seed003(), FeatureRecipe.seed004(), FeatureRecipe.logMel64(), FeatureRecipe.functionals())) {
            String text = r.toText();
            FeatureRecipe back = FeatureRecipe.parse(text);
            assertThat(back).as(r.name()).isEqualTo(r);
            assertThat(back.toText()).isEqualTo(text);
            assertThat(back.hash()).isEqualTo(r.hash());
        }
        // comments, blank lines and another key order parse to the same recipe
        String shuffled = "# made by hand\n\n" + String.join("\n", reversedExceptHeaderAndFeatures(custom.toText()));
        assertThat(FeatureRecipe.parse(shuffled)).isEqualTo(custom);
    }

    private static List<String> reversedExceptHeaderAndFeatures(String text) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n")));
        String header = lines.remove(0);
        List<String> features = lines.stream().filter(l -> l.startsWith("feature=")).toList();
        List<String> others = new java.util.ArrayList<>(lines.stream().filter(l -> !l.startsWith("feature=")).toList());
        java.util.Collections.reverse(others);
        List<String> out = new java.util.ArrayList<>();
        out.add(header);
        out.addAll(others);
        out.addAll(features);
        return out;
    }

    @Test
    void seed003TextIsTheDocumentedCanonicalForm() {
        assertThat(FeatureRecipe.seed003().toText()).isEqualTo("""
                ser4j-feature-recipe 1
                name=seed003
                load.sr=44100
                load.res_type=kaiser_best
                load.mono=true
                load.offset=0.0
                load.duration=none
                effects.trim_top_db=60.0
                effects.wiener_mysize=3
                effects.preemphasis=none
                effects.fix_duration=3.0
                feature=logmel n_fft=2048 hop_length=512 pad_mode=constant n_mels=128 fmin=0.0 fmax=none htk=false \
                top_db=80.0 deltas=0
                pooling=frames
                """);
    }

    @Test
    void hashIsSha256OfTheTextStableAcrossInstancesAndChangesWithEveryField() throws Exception {
        FeatureRecipe base = FeatureRecipe.logMel64();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(base.toText().getBytes(StandardCharsets.UTF_8)));
        assertThat(base.hash()).isEqualTo(expected).hasSize(64);
        assertThat(FeatureRecipe.logMel64().hash()).isEqualTo(base.hash());
        FeatureSpec f = base.features().get(0);
        List<FeatureRecipe> variants = List.of(
                base.toBuilder().name("other").build(),
                base.toBuilder().sampleRate(22050).build(),
                base.toBuilder().resType(ResampleType.KAISER_FAST).build(),
                base.toBuilder().offset(0.1).build(),
                base.toBuilder().duration(2.0).build(),
                base.toBuilder().trim(60).build(),
                base.toBuilder().wiener(3).build(),
                base.toBuilder().preEmphasis(0.97).build(),
                base.toBuilder().fixDuration(3.5).build(),
                base.toBuilder().pooling(Pooling.MEAN).build(),
                base.toBuilder().clearFeatures().feature(f.withFrames(400, 256)).build(),
                base.toBuilder().clearFeatures().feature(f.withFrames(512, 128)).build(),
                base.toBuilder().clearFeatures().feature(f.withNMels(80)).build(),
                base.toBuilder().clearFeatures().feature(f.withMelRange(20, Double.NaN)).build(),
                base.toBuilder().clearFeatures().feature(f.withMelRange(0, 7600)).build(),
                base.toBuilder().clearFeatures().feature(f.withHtk(true)).build(),
                base.toBuilder().clearFeatures().feature(f.withPadMode(PadMode.REFLECT)).build(),
                base.toBuilder().clearFeatures().feature(f.withTopDb(60)).build(),
                base.toBuilder().clearFeatures().feature(f.withDeltas(1)).build(),
                base.toBuilder().clearFeatures().feature(FeatureSpec.mel(64).withFrames(512, 256)).build(),
                base.toBuilder().feature(FeatureSpec.zcr().withFrames(512, 256)).build());
        java.util.Set<String> hashes = new java.util.HashSet<>();
        hashes.add(base.hash());
        for (FeatureRecipe v : variants) {
            assertThat(v).isNotEqualTo(base);
            assertThat(hashes.add(v.hash())).as("hash of a variant is new: %s", v.toText()).isTrue();
        }
    }

    @Test
    void badRecipesNameTheField() {
        assertThatThrownBy(() -> FeatureSpec.mfcc(0)).hasMessageContaining("nMfcc").hasMessageContaining("got 0");
        assertThatThrownBy(() -> FeatureSpec.mfcc(200)).hasMessageContaining("nMfcc").hasMessageContaining("200");
        assertThatThrownBy(() -> FeatureSpec.logMel(64).withFrames(512, 0)).hasMessageContaining("hopLength");
        assertThatThrownBy(() -> FeatureSpec.mel(64).withDeltas(3)).hasMessageContaining("deltas");
        assertThatThrownBy(() -> FeatureRecipe.builder("x").sampleRate(0)).hasMessageContaining("load.sampleRate");
        assertThatThrownBy(() -> FeatureRecipe.builder("x").wiener(4)).hasMessageContaining("effects.wienerSize");
        assertThatThrownBy(() -> FeatureRecipe.builder("x").fixDuration(-1)).hasMessageContaining("fixDurationSeconds");
        assertThatThrownBy(() -> FeatureRecipe.builder("x").trim(-3)).hasMessageContaining("trimTopDb");
        assertThatThrownBy(() -> FeatureRecipe.builder("x").build()).hasMessageContaining("features");
        assertThatThrownBy(() -> FeatureRecipe.builder("bad name").feature(FeatureSpec.rms()).build())
                .hasMessageContaining("name");
        assertThatThrownBy(() -> FeatureRecipe.builder("x").sampleRate(16000)
                .feature(FeatureSpec.rms()).feature(FeatureSpec.logMel(64).withMelRange(0, 9000)).build())
                .hasMessageContaining("features[1]").hasMessageContaining("fmax");
        assertThatThrownBy(() -> FeatureRecipe.builder("x").pooling(Pooling.FRAMES)
                .feature(FeatureSpec.logMel(64).withFrames(512, 160)).feature(FeatureSpec.zcr()).build())
                .hasMessageContaining("features[1]").hasMessageContaining("hopLength");
        assertThatThrownBy(() -> FeatureRecipe.builder("x").sampleRate(8000).fixDuration(0.1)
                .feature(FeatureSpec.mfcc(13).withDeltas(1)).build())
                .hasMessageContaining("features[0]").hasMessageContaining("deltas");
    }

    @Test
    void badRecipeTextNamesTheLineAndKey() {
        String good = FeatureRecipe.seed001().toText();
        assertThatThrownBy(() -> FeatureRecipe.parse("hello\n")).isInstanceOf(RecipeFormatException.class)
                .hasMessageContaining("ser4j-feature-recipe 1");
        assertThatThrownBy(() -> FeatureRecipe.parse(good.replace("load.sr=22050\n", "")))
                .isInstanceOf(RecipeFormatException.class).hasMessageContaining("load.sr");
        assertThatThrownBy(() -> FeatureRecipe.parse(good.replace("load.sr=22050", "load.sr=fast")))
                .hasMessageContaining("line 3").hasMessageContaining("load.sr").hasMessageContaining("fast");
        assertThatThrownBy(() -> FeatureRecipe.parse(good.replace("load.sr=22050", "load.sr=-5")))
                .isInstanceOf(RecipeFormatException.class).hasMessageContaining("load.sampleRate");
        assertThatThrownBy(() -> FeatureRecipe.parse(good + "colour=blue\n")).hasMessageContaining("colour");
        assertThatThrownBy(() -> FeatureRecipe.parse(good + "pooling=mean\n")).hasMessageContaining("twice");
        assertThatThrownBy(() -> FeatureRecipe.parse(good.replace("feature=mfcc", "feature=mfcc2")))
                .hasMessageContaining("line 12").hasMessageContaining("mfcc2");
        assertThatThrownBy(() -> FeatureRecipe.parse(good.replace(" n_mfcc=50", "")))
                .hasMessageContaining("n_mfcc");
        assertThatThrownBy(() -> FeatureRecipe.parse(good.replace(" n_mfcc=50", " n_mfcc=50 window=hamming")))
                .hasMessageContaining("window");
        assertThatThrownBy(() -> FeatureRecipe.parse(good.replace("n_mfcc=50", "n_mfcc=500")))
                .hasMessageContaining("line 12").hasMessageContaining("nMfcc");
        assertThatThrownBy(() -> FeatureRecipe.parse(good.replace("pad_mode=reflect", "pad_mode=edge")))
                .hasMessageContaining("pad_mode");
        assertThatThrownBy(() -> FeatureRecipe.parse(good.replace("pooling=mean", "pooling=max")))
                .hasMessageContaining("pooling").hasMessageContaining("max");
    }

    @Test
    void functionalsAreOneVectorPerUtteranceAt16kHzWithMeanPooling() throws IOException {
        FeatureRecipe r = FeatureRecipe.functionals();
        assertThat(r).isEqualTo(FeatureRecipe.defaultRecipe());
        assertThat(r.outputShape()).containsExactly(706);
        assertThat(r.toText()).contains("feature=functionals\n");
        // two lengths, one shape: the functionals summarise any duration
        for (double seconds : new double[] {0.8, 4.1}) {
            Path wav = FeatureFixtures.wav(dir, "f" + seconds + ".wav", 16000, seconds, 2);
            FeatureArray x = FeaturePipeline.of(r).extract(wav);
            assertThat(x.shape()).containsExactly(706);
            assertThat(x.data()).hasSize(706);
        }
        // what makes no sense is refused, naming the field
        assertThatThrownBy(() -> FeatureRecipe.builder("x").sampleRate(22050).feature(FeatureSpec.functionals()).build())
                .hasMessageContaining("16000");
        assertThatThrownBy(() -> FeatureRecipe.builder("x").sampleRate(16000).feature(FeatureSpec.functionals())
                .pooling(Pooling.STATS).build()).hasMessageContaining("pooling=mean");
        assertThatThrownBy(() -> FeatureSpec.functionals().withDeltas(1)).hasMessageContaining("deltas");
        assertThat(FeatureSpec.functionals().withFrames(2048, 512)).isEqualTo(FeatureSpec.functionals());
        assertThatThrownBy(() -> FeatureRecipe.parse(r.toText().replace("feature=functionals", "feature=functionals n_fft=1")))
                .isInstanceOf(RecipeFormatException.class).hasMessageContaining("takes no parameters");
    }
}
