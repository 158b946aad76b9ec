package org.helpdesk.web.it;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A complaints file counted directly, without the import: complaints per product and how many were answered on time.
 * Reads tab-separated lines with a header naming the columns; the CFPB export has no tab or line break inside a
 * field, so a plain split is an independent reading of it.
 */
record ComplaintCounts(Map<String, Long> byProduct, long timely, long untimely) {

    static ComplaintCounts of(String tsv, String productColumn, String timelyColumn) {
        List<String> lines = tsv.lines().filter(l -> !l.isBlank()).toList();
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int product = header.indexOf(productColumn);
        int timely = header.indexOf(timelyColumn);
        if (product < 0 || timely < 0) {
            throw new IllegalArgumentException("the file has no column " + productColumn + " or " + timelyColumn);
        }
        Map<String, Long> byProduct = new TreeMap<>();
        long yes = 0;
        long no = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            if (fields.length != header.size()) {
                throw new IllegalArgumentException("a line has " + fields.length + " fields: " + line);
            }
            byProduct.merge(fields[product].strip(), 1L, Long::sum);
            if (fields[timely].strip().equalsIgnoreCase("yes")) {
                yes++;
            } else if (fields[timely].strip().equalsIgnoreCase("no")) {
                no++;
            }
        }
        return new ComplaintCounts(byProduct, yes, no);
    }

    long total() {
        return byProduct.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A product's share of all complaints, in per cent. */
    double share(String product) {
        return byProduct.getOrDefault(product, 0L) * 100.0 / total();
    }

    double timelyPercent() {
        return timely * 100.0 / (timely + untimely);
    }
}
