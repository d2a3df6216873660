package io.stepline.marketing;

import java.util.List;

/**
 * One marketing channel of the sample data: how often users meet it ({@code weight}), how much a
 * session through it raises the chance to convert ({@code lift}), what one touch costs, and its
 * campaigns. Lifts differ on purpose, so that models have something to tell apart.
 */
public record Channel(String name, double weight, double lift, double costPerTouch, List<String> campaigns) {

    public Channel {
        campaigns = List.copyOf(campaigns);
    }

    /** The sample's channels: paid search and email convert well, display and video mostly assist. */
    public static final List<Channel> SAMPLE = List.of(
            new Channel("paid_search", 0.24, 0.060, 1.10, List.of("brand", "generic", "competitor")),
            new Channel("organic_search", 0.18, 0.045, 0.0, List.of("seo")),
            new Channel("display", 0.17, 0.006, 0.25, List.of("prospecting", "retargeting")),
            new Channel("paid_social", 0.15, 0.018, 0.45, List.of("lookalike", "interest", "retargeting")),
            new Channel("email", 0.12, 0.070, 0.05, List.of("newsletter", "cart_reminder")),
            new Channel("affiliate", 0.06, 0.050, 1.80, List.of("coupons", "reviews")),
            new Channel("direct", 0.05, 0.090, 0.0, List.of("none")),
            new Channel("video", 0.03, 0.010, 0.40, List.of("preroll")));
}
