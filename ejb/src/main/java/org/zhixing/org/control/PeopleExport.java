package org.zhixing.org.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Sheet;
import org.zhixing.platform.sheet.SheetWriter;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.org.entity.Position;

/**
 * The active people of a subtree as a people sheet in the import's own format, ordered by where they serve: an admin
 * corrects it in Excel and imports it again. ID numbers show only their last four characters, which the import reads
 * as "keep the stored number"; a second sheet says who exported what, and when.
 */
@ApplicationScoped
public class PeopleExport {

  /** The columns, in the order of the import template. */
  static final List<PeopleColumn> COLUMNS = List.of(PeopleColumn.values());

  private static final int FETCH = 1_000;

  private static final String PEOPLE =
      """
      select p.name, p.gender, p.phone, p.id_number_tail, p.dispatching_unit,
             u.code, u.kind, u.name, t.kind, t.name, c.name,
             array(select q.position from person_position q where q.person_id = p.id) as positions
      from person p
      join org_unit u on u.id = p.org_unit_id
      left join org_unit t on t.id = u.parent_id
      left join org_unit c on c.id = t.parent_id
      where u.path like ? and p.departed_at is null
      order by u.path, p.id
      """;

  /** The words of the second sheet, in the reader's language; the people sheet itself is always the template's. */
  public interface About {
    String sheetName();

    List<List<String>> rows(OrgUnit unit, int people);
  }

  @Resource(lookup = "java:jboss/datasources/ZhixingDS")
  DataSource dataSource;

  /** Writes the sheet of {@code unit}'s subtree to {@code out}; returns how many people it holds. */
  public int write(OrgUnit unit, String exportedBy, About about, OutputStream out) {
    try (var writer = new SheetWriter(out, exportedBy)) {
      Sheet people = writer.sheet("人员名单", 10, 6, 14, 22, 14, 16, 16, 15, 30, 10, 24);
      writer.headerRow(people, 0, COLUMNS.stream().map(PeopleColumn::header).toList());
      int count = writePeople(unit, writer, people);
      Sheet info = writer.sheet(about.sheetName(), 16, 60);
      List<List<String>> rows = about.rows(unit, count);
      for (int i = 0; i < rows.size(); i++) {
        writer.row(info, i, rows.get(i));
      }
      writer.finish();
      return count;
    }
  }

  private int writePeople(OrgUnit unit, SheetWriter writer, Sheet sheet) {
    // Called in the container's transaction: PostgreSQL streams a result with a fetch size only inside one.
    try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(PEOPLE)) {
      query.setFetchSize(FETCH);
      query.setString(1, unit.path() + "%");
      int count = 0;
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          writer.row(sheet, ++count, cells(row));
        }
      }
      return count;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the people of " + unit.code() + " failed", e);
    }
  }

  private static List<String> cells(ResultSet row) throws SQLException {
    Set<Position> positions = positions(row.getArray("positions"));
    Place place = Place.of(row);
    List<String> cells = new ArrayList<>(COLUMNS.size());
    for (PeopleColumn column : COLUMNS) {
      cells.add(switch (column) {
        case NAME -> row.getString(1);
        case GENDER -> "M".equals(row.getString(2)) ? "男" : "女";
        case PHONE -> row.getString(3);
        case ID_NUMBER -> row.getString(4) == null ? "" : IdNumbers.maskedTail(row.getString(4));
        case COUNTY -> place.county();
        case TOWNSHIP -> place.township();
        case VILLAGE -> place.village();
        case DIVISION_CODE -> row.getString(6);
        case POSITIONS -> positions.stream().map(PositionNames::canonical).collect(Collectors.joining("、"));
        case FIRST_SECRETARY -> positions.contains(Position.FIRST_SECRETARY) ? "是" : "否";
        case DISPATCHING_UNIT -> row.getString(5) == null ? "" : row.getString(5);
      });
    }
    return cells;
  }

  private static Set<Position> positions(Array array) throws SQLException {
    var positions = EnumSet.noneOf(Position.class);
    Arrays.stream((Object[]) array.getArray()).map(name -> Position.valueOf((String) name)).forEach(positions::add);
    return positions;
  }

  /** The names of the county, township and village a person serves in, from their unit and its two parents. */
  private record Place(String county, String township, String village) {
    static Place of(ResultSet row) throws SQLException {
      return switch (row.getString(7)) {
        case "VILLAGE", "COMMUNITY" -> new Place(nonNull(row.getString(11)), nonNull(row.getString(10)), row.getString(8));
        case "TOWNSHIP" -> new Place(nonNull(row.getString(10)), row.getString(8), "");
        case "COUNTY" -> new Place(row.getString(8), "", "");
        default -> new Place("", "", "");
      };
    }

    private static String nonNull(String name) {
      return name == null ? "" : name;
    }
  }
}
