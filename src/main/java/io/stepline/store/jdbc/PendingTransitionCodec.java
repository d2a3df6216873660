package io.stepline.store.jdbc;

import io.stepline.store.jdbc.TransitionWriter.EventRow;
import io.stepline.store.jdbc.TransitionWriter.PathKey;
import io.stepline.store.jdbc.TransitionWriter.PathRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a {@code pending_transitions} row: a transition's event rows, path rows and path
 * deletes, as length-prefixed binary (JSON values stay their stored text, so nothing is escaped
 * twice). The execution id is the row's own column, not part of the body. The first byte is the
 * format's version, so a later format can still read rows an older engine left behind.
 */
final class PendingTransitionCodec {
    private static final byte VERSION = 1;

    /** What one body holds. */
    record Body(List<EventRow> events, List<PathRow> paths, List<String> deletedPaths) {
        List<PathKey> deletedKeys(long executionId) {
            return deletedPaths.stream().map(pathId -> new PathKey(executionId, pathId)).toList();
        }
    }

    private PendingTransitionCodec() {
    }

    static byte[] encode(List<EventRow> events, List<PathRow> paths, List<String> deletedPaths) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(events.size());
            for (EventRow event : events) {
                out.writeLong(event.id());
                out.writeLong(event.previousId());
                out.writeLong(event.time());
                writeString(out, event.type());
                writeString(out, event.pathId());
                writeString(out, event.details());
            }
            out.writeInt(paths.size());
            for (PathRow path : paths) {
                writeString(out, path.pathId());
                writeString(out, path.parentPathId());
                writeString(out, path.status());
                writeString(out, path.checkpoint());
                out.writeBoolean(path.wakeAt() != null);
                out.writeLong(path.wakeAt() == null ? 0 : path.wakeAt());
            }
            out.writeInt(deletedPaths.size());
            for (String pathId : deletedPaths) {
                writeString(out, pathId);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    static Body decode(long executionId, byte[] body) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("a pending transition of execution id " + executionId
                        + " has format " + version + ", which this version of Stepline cannot read");
            }
            List<EventRow> events = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                events.add(new EventRow(executionId, in.readLong(), in.readLong(), in.readLong(), readString(in),
                        readString(in), readString(in)));
            }
            List<PathRow> paths = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String pathId = readString(in);
                String parent = readString(in);
                String status = readString(in);
                String checkpoint = readString(in);
                boolean hasWake = in.readBoolean();
                long wakeAt = in.readLong();
                paths.add(new PathRow(executionId, pathId, parent, status, checkpoint, hasWake ? wakeAt : null));
            }
            List<String> deleted = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                deleted.add(readString(in));
            }
            return new Body(events, paths, deleted);
        } catch (IOException e) {
            throw new IllegalStateException("a pending transition of execution id " + executionId
                    + " is cut short or damaged: " + e, e);
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
