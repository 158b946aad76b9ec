package org.helpdesk.demo;

/** A demo customer and the language they write in. */
record DemoCustomer(String email, String name, String phone, DemoTexts.Language language) {}
