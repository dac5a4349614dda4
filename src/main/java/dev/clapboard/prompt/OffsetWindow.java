package dev.clapboard.prompt;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A window of rows starting at any offset. Spring Data's {@code PageRequest} only starts on page boundaries, but
 * a lazy list that shows built-ins before database rows asks for windows that don't.
 */
record OffsetWindow(long offset, int size) implements Pageable {

    @Override
    public int getPageNumber() {
        return (int) (offset / size);
    }

    @Override
    public int getPageSize() {
        return size;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return Sort.unsorted();
    }

    @Override
    public Pageable next() {
        return new OffsetWindow(offset + size, size);
    }

    @Override
    public Pageable previousOrFirst() {
        return new OffsetWindow(Math.max(0, offset - size), size);
    }

    @Override
    public Pageable first() {
        return new OffsetWindow(0, size);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetWindow((long) pageNumber * size, size);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
