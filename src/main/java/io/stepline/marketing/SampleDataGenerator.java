package io.stepline.marketing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes realistic marketing data as two CSV files, streaming (memory stays flat at any size):
 * {@code touchpoints.csv} ({@code user_id,ts,channel,campaign,cost}) and {@code conversions.csv}
 * ({@code user_id,ts,value}). Each user has a favourite channel and a few sessions days apart; a
 * session converts with a chance raised by the lifts of its channels and, less, of the user's recent
 * ones; order values are log-normal. Raw-export noise is mixed in: exact duplicate rows and a few
 * malformed ones (bad timestamp, empty channel, non-numeric cost, empty user), which cleaning must
 * count and drop. One {@link SplittableRandom} drawn in a fixed order makes the output a function of
 * the spec alone. Plain Java on one thread: 10M touchpoints (560 MB of CSV) in about 30 s on this busy
 * 2-core machine; Spark would only add a start-up to what is a sequential write to one disk.
 */
public final class SampleDataGenerator {
    private static final long DAY = 86_400;
    private static final long RECENT = 14 * DAY;
    private static final String[] BAD_ROWS = {"%s,not-a-time,%s,x,0.10", "%s,2026-10-02T10:00:00Z,,x,0.10",
        "%s,2026-10-02T10:00:00Z,email,x,n/a", ",2026-10-02T10:00:00Z,email,x,0.10"};

    private final SampleSpec spec;
    private final List<Channel> channels;
    private final double[] cumulative;
    private final SplittableRandom random;
    private final Timestamps timestamps = new Timestamps();

    private SampleDataGenerator(SampleSpec spec, List<Channel> channels) {
        this.spec = spec;
        this.channels = channels;
        this.cumulative = new double[channels.size()];
        double total = channels.stream().mapToDouble(Channel::weight).sum();
        double sum = 0;
        for (int i = 0; i < channels.size(); i++) {
            sum += channels.get(i).weight() / total;
            cumulative[i] = sum;
        }
        this.random = new SplittableRandom(spec.seed());
    }

    /** Writes {@code touchpoints.csv} and {@code conversions.csv} into {@code directory}. */
    public static SampleData write(SampleSpec spec, Path directory) throws IOException {
        return write(spec, Channel.SAMPLE, directory);
    }

    public static SampleData write(SampleSpec spec, List<Channel> channels, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path touchpoints = directory.resolve("touchpoints.csv");
        Path conversions = directory.resolve("conversions.csv");
        try (Writer touches = Files.newBufferedWriter(touchpoints, StandardCharsets.UTF_8);
                Writer orders = Files.newBufferedWriter(conversions, StandardCharsets.UTF_8)) {
            touches.write("user_id,ts,channel,campaign,cost\n");
            orders.write("user_id,ts,value\n");
            Counts counts = new SampleDataGenerator(spec, channels).generate(touches, orders);
            return new SampleData(touchpoints, conversions, counts.touchpoints, counts.duplicates, counts.bad,
                    counts.conversions, counts.users);
        }
    }

    private Counts generate(Writer touches, Writer orders) throws IOException {
        Counts counts = new Counts();
        long from = spec.from().getEpochSecond();
        long span = spec.to().getEpochSecond() - from;
        StringBuilder line = new StringBuilder(96);
        List<long[]> recent = new ArrayList<>();
        while (counts.touchpoints < spec.touchpoints()) {
            String user = "u" + (++counts.users);
            int favourite = pick();
            recent.clear();
            long time = from + (long) (random.nextDouble() * span);
            int sessions = 1 + geometric(0.4);
            for (int s = 0; s < sessions && time < from + span && counts.touchpoints < spec.touchpoints(); s++) {
                double chance = 0.004 + 0.5 * recentLift(recent, time);
                int length = 1 + (random.nextDouble() < 0.45 ? 1 : 0) + (random.nextDouble() < 0.15 ? 1 : 0);
                long at = time;
                for (int t = 0; t < length && at < from + span && counts.touchpoints < spec.touchpoints(); t++) {
                    int channel = random.nextDouble() < 0.4 ? favourite : pick();
                    chance += channels.get(channel).lift();
                    recent.add(new long[] {at, channel});
                    touchRow(line, user, at, channels.get(channel));
                    writeWithNoise(touches, line, user, counts);
                    at += 30 + random.nextInt(900);
                }
                if (random.nextDouble() < Math.min(0.6, chance) && at < from + span) {
                    long convertedAt = at + random.nextInt(1800);
                    double value = Math.round(Math.exp(3.6 + 0.6 * gaussian()) * 100) / 100.0;
                    line.setLength(0);
                    line.append(user).append(',');
                    timestamps.append(line, convertedAt).append(',').append(value).append('\n');
                    orders.append(line);
                    counts.conversions++;
                }
                time = at + (long) (DAY * (0.2 + 3 * -Math.log(1 - random.nextDouble())));
            }
        }
        return counts;
    }

    private void touchRow(StringBuilder line, String user, long at, Channel channel) {
        line.setLength(0);
        line.append(user).append(',');
        timestamps.append(line, at).append(',').append(channel.name()).append(',')
                .append(channel.campaigns().get(random.nextInt(channel.campaigns().size()))).append(',');
        long cost = Math.round(channel.costPerTouch() * (0.5 + random.nextDouble()) * 10_000);
        line.append(cost / 10_000).append('.');
        String fraction = Long.toString(cost % 10_000);
        line.append("0000", 0, 4 - fraction.length()).append(fraction).append('\n');
    }

    private void writeWithNoise(Writer out, StringBuilder line, String user, Counts counts) throws IOException {
        out.append(line);
        counts.touchpoints++;
        double draw = random.nextDouble();
        if (draw < spec.duplicateRate()) {
            out.append(line);
            counts.duplicates++;
        } else if (draw < spec.duplicateRate() + spec.badRowRate()) {
            out.append(BAD_ROWS[random.nextInt(BAD_ROWS.length)].formatted(user, "email")).append('\n');
            counts.bad++;
        }
    }

    private double recentLift(List<long[]> recent, long now) {
        double lift = 0;
        for (long[] touch : recent) {
            if (now - touch[0] <= RECENT) {
                lift += channels.get((int) touch[1]).lift();
            }
        }
        return lift;
    }

    private int pick() {
        double draw = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (draw < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private int geometric(double stop) {
        int n = 0;
        while (random.nextDouble() >= stop && n < 40) {
            n++;
        }
        return n;
    }

    private double gaussian() {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static final class Counts {
        long touchpoints;
        long duplicates;
        long bad;
        long conversions;
        long users;
    }
}
