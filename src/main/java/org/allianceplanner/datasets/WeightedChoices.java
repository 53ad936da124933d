package org.allianceplanner.datasets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An ordered list of choices with whole-number weights. The order is part of the data: with the same
 * random source, the same list always gives the same draws (no hash order involved).
 */
final class WeightedChoices<T> {

    private final List<T> items;
    private final List<Integer> weights;

    private WeightedChoices(List<T> items, List<Integer> weights) {
        this.items = List.copyOf(items);
        this.weights = List.copyOf(weights);
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    T draw(SplittableRandom random) {
        return drawExcept(random, List.of());
    }

    /** Up to {@code count} different items, none of them in {@code taken}, likelier ones first. */
    List<T> drawDistinct(int count, Collection<T> taken, SplittableRandom random) {
        List<T> chosen = new ArrayList<>(taken);
        List<T> drawn = new ArrayList<>();
        while (drawn.size() < count) {
            T item = drawExcept(random, chosen);
            if (item == null) {
                break;
            }
            chosen.add(item);
            drawn.add(item);
        }
        return drawn;
    }

    private T drawExcept(SplittableRandom random, Collection<T> excluded) {
        int total = 0;
        for (int i = 0; i < items.size(); i++) {
            total += excluded.contains(items.get(i)) ? 0 : weights.get(i);
        }
        if (total == 0) {
            return null;
        }
        int ticket = random.nextInt(total);
        for (int i = 0; i < items.size(); i++) {
            if (excluded.contains(items.get(i))) {
                continue;
            }
            ticket -= weights.get(i);
            if (ticket < 0) {
                return items.get(i);
            }
        }
        throw new IllegalStateException("unreachable: ticket beyond total weight");
    }

    static final class Builder<T> {

        private final List<T> items = new ArrayList<>();
        private final List<Integer> weights = new ArrayList<>();

        Builder<T> add(T item, int weight) {
            if (weight <= 0 || items.contains(item)) {
                throw new IllegalArgumentException("bad choice " + item + " with weight " + weight);
            }
            items.add(item);
            weights.add(weight);
            return this;
        }

        WeightedChoices<T> build() {
            return new WeightedChoices<>(items, weights);
        }
    }
}
