package dev.renewal.schedule;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list the engine built: unmodifiable, immutable and composed as it is read, so a schedule or an
 * agenda costs what the caller reads. The records holding one keep it as it is instead of copying.
 */
abstract class EngineList<E> extends AbstractList<E> implements RandomAccess {

    /** The list itself when the engine built it, else an immutable copy. */
    static <E> List<E> immutable(List<E> list) {
        return list instanceof EngineList<E> ? list : List.copyOf(list);
    }
}
