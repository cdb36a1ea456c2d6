package com.cakeflow.customer;

/** A customer as other modules see it: id, name and normalised mobile number. */
public record CustomerRef(long id, String name, String phone) {
}
