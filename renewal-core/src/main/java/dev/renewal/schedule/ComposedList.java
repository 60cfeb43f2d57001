package dev.renewal.schedule;

import java.util.List;

/**
 * An engine list composed whole on first read. The composed list is immutable and safely published
 * (its elements sit in a final array), so a race between two first readers only composes equal
 * lists twice.
 */
abstract class ComposedList<E> extends EngineList<E> {

    private List<E> items;

    /** Composes the elements; called once per reader that finds them not yet composed. */
    abstract List<E> compute();

    private List<E> items() {
        List<E> l = items;
        if (l == null) {
            l = List.copyOf(compute());
            items = l;
        }
        return l;
    }

    @Override
    public E get(int index) {
        return items().get(index);
    }

    @Override
    public int size() {
        return items().size();
    }
}
