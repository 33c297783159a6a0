# General ('g') and default float formatting across magnitudes
vals = [0.0, -0.0, 1.0, 0.0001, 0.00001, 123456.0, 1234567.0, 1e16, 1.5e-7,
        123456789.123, 2.0 ** 60, 1e300 * 1e300, -(1e300 * 1e300)]
for v in vals:
    print('{:g}|{:.3g}|{:G}|{:#g}|{}|{:.12}'.format(v, v, v, v, v, v))
print(format(10 ** 20, 'g'), format(10 ** 20, '.2e'), format(-10 ** 20, ',.1f'))
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(-0.5, '.0f'))
print(format(2.675, '.2f'), format(1.005, '.2f'), format(0.1, '.20f'))
print(format(1e-320, 'g'), format(5e-324, 'e'), format(1.7976931348623157e308, 'g'))
print('%g %g %g %G' % (1e-5, 1e16, 123456789, 1e-10))
print('%.3e %10.4f %-10.2f| %+d %05d' % (12345.678, 3.14159, 2.5, 7, -42))
nan = float('nan')
print(format(nan, 'f'), format(nan, '>6'), format(-nan, 'g'), format(nan, 'E'))
