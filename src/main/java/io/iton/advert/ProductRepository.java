package io.iton.advert;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.GeneratedId;

@Repository
class ProductRepository {

    private static final String COLUMNS =
            "id, name, description, unit, price_agorot, vat_basis_points, active, display_order";
    private static final RowMapper<Product> ROW = (rs, n) -> new Product(rs.getLong("id"), rs.getString("name"),
            rs.getString("description"), Product.Unit.valueOf(rs.getString("unit")),
            rs.getObject("price_agorot") == null ? null : rs.getLong("price_agorot"), rs.getInt("vat_basis_points"),
            rs.getBoolean("active"), rs.getInt("display_order"));

    private final JdbcClient jdbc;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Product> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM advert_product ORDER BY display_order, id").query(ROW).list();
    }

    List<Product> findActive() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM advert_product WHERE active = TRUE ORDER BY display_order, id")
                .query(ROW).list();
    }

    Optional<Product> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM advert_product WHERE id = :id").param("id", id)
                .query(ROW).optional();
    }

    long insert(ProductForm form) {
        return GeneratedId.of(jdbc.sql("""
                        INSERT INTO advert_product (name, description, unit, price_agorot, vat_basis_points, active,
                                                    display_order)
                        VALUES (:name, :description, :unit, :price, :vat, :active, :order)""")
                .param("name", form.name()).param("description", form.description()).param("unit", form.unit().name())
                .param("price", form.priceAgorot()).param("vat", form.vatBasisPoints())
                .param("active", form.active()).param("order", form.displayOrder()));
    }

    boolean update(long id, ProductForm form) {
        return jdbc.sql("""
                        UPDATE advert_product
                           SET name = :name, description = :description, unit = :unit, price_agorot = :price,
                               vat_basis_points = :vat, active = :active, display_order = :order
                         WHERE id = :id""")
                .param("name", form.name()).param("description", form.description()).param("unit", form.unit().name())
                .param("price", form.priceAgorot()).param("vat", form.vatBasisPoints())
                .param("active", form.active()).param("order", form.displayOrder()).param("id", id)
                .update() == 1;
    }

    boolean setActive(long id, boolean active) {
        return jdbc.sql("UPDATE advert_product SET active = :active WHERE id = :id")
                .param("active", active).param("id", id).update() == 1;
    }
}
