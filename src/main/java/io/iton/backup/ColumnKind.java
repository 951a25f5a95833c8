package io.iton.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * How a column's values travel in the archive: each kind reads a JDBC value into a JSON value that
 * keeps it exactly (an instant for a time with zone, base64 for bytes, a decimal as its digits)
 * and binds it back, so an archive from H2 restores into PostgreSQL and back.
 */
enum ColumnKind {
    BOOLEAN, INTEGER, DECIMAL, FLOAT, TEXT, INSTANT, LOCAL_TIMESTAMP, DATE, TIME, BINARY, OTHER;

    /** The kind of a column as the driver describes it (pgjdbc says TIMESTAMP and BIT for timestamptz and bool). */
    static ColumnKind of(int jdbcType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (jdbcType == Types.TIMESTAMP_WITH_TIMEZONE || name.equals("timestamptz") || name.contains("with time zone")) {
            return name.startsWith("time with") || name.equals("timetz") ? OTHER : INSTANT;
        }
        return switch (jdbcType) {
            case Types.BOOLEAN -> BOOLEAN;
            case Types.BIT -> name.startsWith("bool") ? BOOLEAN : OTHER;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
            case Types.DECIMAL, Types.NUMERIC -> DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> FLOAT;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                 Types.LONGNVARCHAR, Types.NCLOB -> TEXT;
            case Types.TIMESTAMP -> LOCAL_TIMESTAMP;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> OTHER;
        };
    }

    /** The value in column {@code i} as a JSON-ready value, or null. */
    Object read(ResultSet rs, int i) throws SQLException {
        Object value = switch (this) {
            case BOOLEAN -> rs.getBoolean(i);
            case INTEGER -> rs.getLong(i);
            case DECIMAL -> {
                BigDecimal d = rs.getBigDecimal(i);
                yield d == null ? null : d.toPlainString();
            }
            case FLOAT -> rs.getDouble(i);
            case TEXT, OTHER -> rs.getString(i);
            case INSTANT -> {
                OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                yield t == null ? null : t.toInstant().toString();
            }
            case LOCAL_TIMESTAMP -> string(rs.getObject(i, LocalDateTime.class));
            case DATE -> string(rs.getObject(i, LocalDate.class));
            case TIME -> string(rs.getObject(i, LocalTime.class));
            case BINARY -> {
                byte[] bytes = rs.getBytes(i);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
        };
        return rs.wasNull() ? null : value;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * Binds a value read back from the archive; {@code sqlType} is the target column's JDBC type.
     * An {@link #OTHER} value (uuid, json…) goes to PostgreSQL as untyped text for it to convert.
     */
    void bind(PreparedStatement ps, int i, JsonNode value, int sqlType, boolean postgres) throws SQLException {
        if (value == null || value.isNull()) {
            ps.setNull(i, sqlType);
            return;
        }
        switch (this) {
            case BOOLEAN -> ps.setBoolean(i, value.booleanValue());
            case INTEGER -> ps.setLong(i, value.longValue());
            case DECIMAL -> ps.setBigDecimal(i, new BigDecimal(value.stringValue()));
            case FLOAT -> ps.setDouble(i, value.doubleValue());
            case TEXT -> ps.setString(i, value.stringValue());
            case INSTANT -> ps.setObject(i, OffsetDateTime.ofInstant(Instant.parse(value.stringValue()), ZoneOffset.UTC));
            case LOCAL_TIMESTAMP -> ps.setObject(i, LocalDateTime.parse(value.stringValue()));
            case DATE -> ps.setObject(i, LocalDate.parse(value.stringValue()));
            case TIME -> ps.setObject(i, LocalTime.parse(value.stringValue()));
            case BINARY -> ps.setBytes(i, Base64.getDecoder().decode(value.stringValue()));
            case OTHER -> {
                if (postgres) {
                    ps.setObject(i, value.stringValue(), Types.OTHER);
                } else {
                    ps.setString(i, value.stringValue());
                }
            }
        }
    }
}
