package dev.parley.bench.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The median of repeated runs and how far they spread: {@code (max - min) / median}. With three
 * runs the median is the middle one, so one disturbed run (a shared machine) moves it little.
 *
 * @param median the median (the mean of the two middle values for an even count)
 * @param min the smallest value
 * @param max the largest value
 * @param runs how many values
 */
public record Spread(double median, double min, double max, int runs) {

  /** The spread of {@code values}; at least one is needed. */
  public static Spread of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return new Spread(median, sorted.get(0), sorted.get(n - 1), n);
  }

  /** {@code (max - min) / median} as a percentage; 0 for one run or a zero median. */
  public double spreadPercent() {
    return runs < 2 || median == 0 ? 0 : (max - min) / Math.abs(median) * 100;
  }

  /**
   * This median against {@code best}: above 1 is better than {@code best} whichever direction is
   * better ({@code higherIsBetter} false for memory and latency).
   */
  public double ratioTo(Spread best, boolean higherIsBetter) {
    if (best.median == 0 || median == 0) {
      return Double.NaN;
    }
    return higherIsBetter ? median / best.median : best.median / median;
  }
}
