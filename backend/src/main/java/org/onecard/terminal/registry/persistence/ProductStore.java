package org.onecard.terminal.registry.persistence;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import org.onecard.common.sql.SqlPaging;
import org.onecard.people.persistence.SqlWhere;
import org.onecard.terminal.authz.ProductPrice;
import org.onecard.terminal.registry.domain.Product;
import org.onecard.terminal.registry.domain.ProductDraft;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for outlet_product. */
@Repository
public class ProductStore {

    private static final String SELECT = "SELECT id, outlet_id, barcode, name, price_fen, discount_percent, created_at,"
            + " updated_at FROM outlet_product";

    private final DatabaseClient db;
    private final Clock clock;
    private final SqlPaging paging;

    public ProductStore(DatabaseClient db, Clock clock, ConnectionFactory connectionFactory) {
        this.db = db;
        this.clock = clock;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    public Mono<Long> insert(long outletId, ProductDraft d) {
        LocalDateTime now = LocalDateTime.now(clock);
        return db.sql("INSERT INTO outlet_product (outlet_id, barcode, name, price_fen, discount_percent, created_at,"
                        + " updated_at) VALUES (:outlet, :barcode, :name, :price, :discount, :at, :at)")
                .bind("outlet", outletId).bind("barcode", d.barcode()).bind("name", d.name())
                .bind("price", d.priceFen()).bind("discount", d.discountPercent()).bind("at", now)
                .filter(s -> s.returnGeneratedValues("id"))
                .map(row -> row.get("id", Long.class)).one();
    }

    public Mono<Boolean> update(long outletId, long id, ProductDraft d) {
        return db.sql("UPDATE outlet_product SET barcode = :barcode, name = :name, price_fen = :price,"
                        + " discount_percent = :discount, updated_at = :at WHERE id = :id AND outlet_id = :outlet")
                .bind("barcode", d.barcode()).bind("name", d.name()).bind("price", d.priceFen())
                .bind("discount", d.discountPercent()).bind("at", LocalDateTime.now(clock))
                .bind("id", id).bind("outlet", outletId)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    public Mono<Boolean> delete(long outletId, long id) {
        return db.sql("DELETE FROM outlet_product WHERE id = :id AND outlet_id = :outlet")
                .bind("id", id).bind("outlet", outletId).fetch().rowsUpdated().map(n -> n > 0);
    }

    public Mono<Product> find(long outletId, long id) {
        return db.sql(SELECT + " WHERE id = :id AND outlet_id = :outlet").bind("id", id).bind("outlet", outletId)
                .map(ProductStore::toProduct).one();
    }

    /** Whether another product of the outlet than {@code exceptId} (0 = none) has this barcode. */
    public Mono<Boolean> barcodeTaken(long outletId, String barcode, long exceptId) {
        return db.sql("SELECT COUNT(*) AS n FROM outlet_product WHERE outlet_id = :outlet AND barcode = :barcode"
                        + " AND id <> :id")
                .bind("outlet", outletId).bind("barcode", barcode).bind("id", exceptId)
                .map(row -> ((Number) row.get("n")).longValue() > 0).one();
    }

    /** The outlet's products whose barcode or name contains {@code text} (null: all), by barcode. */
    public Flux<Product> page(long outletId, String text, long offset, int limit) {
        SqlWhere where = where(outletId, text);
        return where.bindTo(db.sql(SELECT + where.sql() + " ORDER BY barcode" + paging.clause()))
                .bind("offset", offset).bind("limit", limit).map(ProductStore::toProduct).all();
    }

    public Mono<Long> count(long outletId, String text) {
        SqlWhere where = where(outletId, text);
        return where.bindTo(db.sql("SELECT COUNT(*) AS n FROM outlet_product" + where.sql()))
                .map(row -> ((Number) row.get("n")).longValue()).one();
    }

    /** The prices of those of the barcodes the outlet sells (one query; a sale names at most 99). */
    public Mono<Map<String, ProductPrice>> prices(long outletId, Collection<String> barcodes) {
        if (barcodes.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT barcode, price_fen, discount_percent FROM outlet_product WHERE outlet_id = :outlet"
                        + " AND barcode IN (:barcodes)")
                .bind("outlet", outletId).bind("barcodes", barcodes)
                .map(row -> Map.entry(row.get("barcode", String.class), new ProductPrice(
                        ((Number) row.get("price_fen")).longValue(), ((Number) row.get("discount_percent")).intValue())))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static SqlWhere where(long outletId, String text) {
        SqlWhere where = new SqlWhere().and("outlet_id = :outlet", "outlet", outletId);
        if (text != null && !text.isBlank()) {
            where.and("(barcode LIKE :text ESCAPE '!' OR name LIKE :text ESCAPE '!')", "text",
                    SqlWhere.contains(text.trim()));
        }
        return where;
    }

    private static Product toProduct(Readable row) {
        return new Product(row.get("id", Long.class), row.get("outlet_id", Long.class), row.get("barcode", String.class),
                row.get("name", String.class), ((Number) row.get("price_fen")).longValue(),
                ((Number) row.get("discount_percent")).intValue(),
                row.get("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                row.get("updated_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }
}
