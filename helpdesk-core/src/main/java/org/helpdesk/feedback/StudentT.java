package org.helpdesk.feedback;

/**
 * Quantiles of Student's t distribution for any (also fractional, as Welch's interval needs) degrees of freedom: the
 * distribution function through the regularized incomplete beta function, inverted by bisection. Accurate to far
 * more digits than a confidence interval on survey scores needs, and no statistics library for one function.
 */
final class StudentT {

    private static final double[] LANCZOS = {
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7
    };

    private StudentT() {}

    /** The t value below which a share {@code p} (0.5 … 1) of the distribution lies. */
    static double quantile(double p, double degreesOfFreedom) {
        if (p < 0.5 || p >= 1 || !(degreesOfFreedom > 0)) {
            throw new IllegalArgumentException("p in [0.5, 1) and positive degrees of freedom");
        }
        double low = 0;
        double high = 1;
        while (cdf(high, degreesOfFreedom) < p) {
            high *= 2;
        }
        for (int i = 0; i < 200 && high - low > 1e-12 * Math.max(1, high); i++) {
            double mid = (low + high) / 2;
            if (cdf(mid, degreesOfFreedom) < p) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** P(T ≤ t) for t ≥ 0. */
    static double cdf(double t, double df) {
        return 1 - 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** The regularized incomplete beta function I_x(a, b) (Numerical Recipes, 6.4). */
    private static double incompleteBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        return x < (a + 1) / (a + b + 2)
                ? front * continuedFraction(x, a, b) / a
                : 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    /** Lentz's evaluation of the incomplete beta's continued fraction. */
    private static double continuedFraction(double x, double a, double b) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < 1e-15) {
                break;
            }
        }
        return h;
    }

    private static double nonZero(double value) {
        return Math.abs(value) < 1e-300 ? 1e-300 : value;
    }

    /** ln Γ(x) for x > 0 (Lanczos, g = 7). */
    private static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = 0.99999999999980993;
        for (int i = 0; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i + 1);
        }
        double t = z + LANCZOS.length - 0.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
