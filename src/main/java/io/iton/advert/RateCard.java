package io.iton.advert;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.shared.Forbidden;
import io.iton.shared.NotFound;

/**
 * What the paper sells and for how much. Anyone may read the active products (the
 * {@code /advertise} page lists them); only administrators change the card, checked here as well
 * as on the page. Products are never deleted, only deactivated: quotes keep their own copy of a
 * product's name and price, so changing the card never changes a quote that was sent.
 */
@Service
public class RateCard {

    private final ProductRepository products;

    RateCard(ProductRepository products) {
        this.products = products;
    }

    /** The products on offer now, in display order: for the advertise page and new quotes. */
    public List<Product> active() {
        return products.findActive();
    }

    /** Any product, active or not. */
    public Optional<Product> find(long id) {
        return products.findById(id);
    }

    /** Every product, active ones and those taken off the card, in display order. */
    public List<Product> all() {
        return products.findAll();
    }

    @Transactional
    public Product create(ProductFields fields) {
        requireAdmin();
        ProductForm form = fields.form();
        long id = products.insert(form);
        return find(id).orElseThrow();
    }

    @Transactional
    public Product update(long id, ProductFields fields) {
        requireAdmin();
        ProductForm form = fields.form();
        if (!products.update(id, form)) {
            throw new NotFound("product " + id);
        }
        return find(id).orElseThrow();
    }

    /** Takes a product off the card (or puts it back); quotes that name it are untouched. */
    @Transactional
    public void setActive(long id, boolean active) {
        requireAdmin();
        if (!products.setActive(id, active)) {
            throw new NotFound("product " + id);
        }
    }

    private static void requireAdmin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch("ROLE_ADMIN"::equals);
        if (!admin) {
            throw new Forbidden("changing the rate card needs an administrator");
        }
    }
}
