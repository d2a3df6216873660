package io.stepline.marketing;

import java.nio.file.Path;

/** What the generator wrote: the two files and how many rows of each kind. */
public record SampleData(Path touchpoints, Path conversions, long validTouchpoints, long duplicateRows,
        long badRows, long conversionRows, long users) {
}
