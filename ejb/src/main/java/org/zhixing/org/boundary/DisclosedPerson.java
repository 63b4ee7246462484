package org.zhixing.org.boundary;

import org.zhixing.org.entity.Person;

/** A person with the phone number as this caller may read it: whole for the admins of their subtree, else masked. */
public record DisclosedPerson(Person person, String phone) {}
