package org.hrcg.model.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.jena.dboe.base.file.BinaryDataFileRandomAccess;
import org.apache.jena.dboe.base.file.BinaryDataFileWriteBuffered;
import org.apache.jena.dboe.trans.data.TransBinaryDataFile;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.StoragePrefixesTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Puts right what Apache Jena TDB2 (5.6) leaves wrong when a write transaction is aborted: where
 * the next write to a node table's data file ({@code nodes-data.obj}, and the prefixes') goes.
 *
 * <p>TDB2 appends the nodes a transaction creates to that file, through a 128 KB write buffer that
 * is flushed when it is full or when anything reads the file (the transaction itself, checking what
 * it wrote, or any concurrent reader). An abort truncates the file back to its committed length,
 * but the file's writer ({@code BinaryDataFileRandomAccess}) keeps the write position it had before
 * the truncation. The next write that comes after a read then lands that far past the end of the
 * file, while its nodes are recorded at the end: after the process restarts, every node of that
 * write reads as garbage ({@code NodeTableTRDF/Read}), although the write was acknowledged. An
 * update that the shapes refuse (it is checked inside its transaction, then aborted) and a write
 * that found the disk full both lead there. {@code TdbStoreIT} shows it.
 *
 * <p>The repair sets each node table file's write position to the file's length, under the lock its
 * buffer takes for every read and write, right after the abort. It reaches TDB2's internals by
 * reflection, since they have no API for it: if they are not as expected (another version of Jena),
 * {@link #repair} says so and the store must stop taking writes.
 */
final class TdbAbortRepair {

  private TdbAbortRepair() {}

  /**
   * Sets the write position of every node table file of the dataset to the file's end.
   *
   * @return whether every file was put right; false if TDB2's internals are not as this class knows
   *     them, in which case further writes in this process could be recorded wrongly
   */
  static boolean repair(DatasetGraph dataset) {
    try {
      DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
      if (tdb == null) {
        return false;
      }
      Set<NodeTable> tables = Collections.newSetFromMap(new IdentityHashMap<>());
      tables.add(tdb.getTripleTable().getNodeTupleTable().getNodeTable().baseNodeTable());
      tables.add(tdb.getQuadTable().getNodeTupleTable().getNodeTable().baseNodeTable());
      if (tdb.getStoragePrefixes() instanceof StoragePrefixesTDB prefixes) {
        tables.add(prefixes.getNodeTupleTable().getNodeTable().baseNodeTable());
      }
      for (NodeTable table : tables) {
        if (!(table instanceof NodeTableTRDF) || !repair((NodeTableTRDF) table)) {
          return false;
        }
      }
      return true;
    } catch (ReflectiveOperationException | RuntimeException | IOException e) {
      return false;
    }
  }

  private static boolean repair(NodeTableTRDF table)
      throws ReflectiveOperationException, IOException {
    if (!(read(NodeTableTRDF.class, "diskFile", table) instanceof TransBinaryDataFile disk)
        || !(read(TransBinaryDataFile.class, "binFile", disk)
            instanceof BinaryDataFileWriteBuffered buffered)
        || !(read(BinaryDataFileWriteBuffered.class, "other", buffered)
            instanceof BinaryDataFileRandomAccess file)) {
      return false;
    }
    Object lock = read(BinaryDataFileWriteBuffered.class, "sync", buffered);
    synchronized (lock) {
      if (!(read(BinaryDataFileRandomAccess.class, "file", file) instanceof RandomAccessFile raf)) {
        return true; // closed: nothing to put right
      }
      field(BinaryDataFileRandomAccess.class, "writePosition").setLong(file, raf.length());
      // In read mode, the next write first moves to the write position.
      field(BinaryDataFileRandomAccess.class, "readMode").setBoolean(file, true);
    }
    return true;
  }

  private static Object read(Class<?> type, String name, Object target)
      throws ReflectiveOperationException {
    return field(type, name).get(target);
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field field = type.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }
}
