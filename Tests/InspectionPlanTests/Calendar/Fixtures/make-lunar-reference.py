#!/usr/bin/env python3
"""Writes the astronomical columns of lunar-reference.tsv: Tết (1/1) and Giỗ Tổ (10/3) for
1900-2199, computed independently of kiemtra's Swift code.

Astronomy: PyEphem 4.2.1 (`pip install ephem`; VSOP87 sun, ELP moon, its own Delta T): every new
moon and every principal solar term (sun's apparent longitude of date a multiple of 30°).
Rules of the Vietnamese calendar: a month starts on the local civil day holding the new moon;
the month holding the winter solstice (270°) is month 11; in a year of 13 months (month 11 to
the next month 11) the first month holding no principal term is the leap month and repeats the
previous month's number. Local time: UTC+8 before 1968-01-01, UTC+7 from then on (the
government's switch of 1967, applied from the lunar year Mậu Thân 1968).

Usage: python3 make-lunar-reference.py > astro.txt   (prints "year tet gioTo", ISO dates)
"""
import datetime, math
import ephem

SWITCH = datetime.datetime(1968, 1, 1)

def local_day(when):
    moment = ephem.Date(when).datetime()
    hours = 8 if moment < SWITCH else 7
    return (moment + datetime.timedelta(hours=hours)).date()

def apparent_longitude(when):
    sun = ephem.Sun()
    sun.compute(ephem.Date(when))
    of_date = ephem.Equatorial(sun.ra, sun.dec, epoch=ephem.Date(when))
    return math.degrees(ephem.Ecliptic(of_date, epoch=ephem.Date(when)).lon)

def next_term(longitude, after):
    def offset(t):
        return (apparent_longitude(t) - longitude + 180) % 360 - 180
    t = ephem.Date(after)
    while not 0 <= offset(t) <= 5:
        t += 1
    low, high = t - 1, t
    for _ in range(50):
        middle = (low + high) / 2
        if offset(middle) < 0:
            low = middle
        else:
            high = middle
    return ephem.Date(high)

def main():
    moons, t = [], ephem.Date('1898/10/01')
    while True:
        t = ephem.next_new_moon(t)
        if ephem.Date(t).datetime().year > 2201:
            break
        moons.append(t)
    starts = [local_day(m) for m in moons]
    terms, t = [], ephem.Date('1898/10/01')
    target = (math.floor(apparent_longitude(t) / 30) + 1) * 30 % 360
    while ephem.Date(t).datetime().year <= 2201:
        t = next_term(target, t)
        terms.append((target, local_day(t)))
        target = (target + 30) % 360
        t = ephem.Date(t + 20)

    def month_of(day):
        return next(i for i in range(len(starts) - 1) if starts[i] <= day < starts[i + 1])

    def holds_term(i):
        return any(starts[i] <= day < starts[i + 1] for _, day in terms)

    elevens = [month_of(day) for longitude, day in terms if longitude == 270]
    label = {}
    for a, b in zip(elevens, elevens[1:]):
        leap_found = b - a == 12
        label[a] = (11, False)
        for i in range(a + 1, b):
            if not leap_found and not holds_term(i):
                label[i] = (label[i - 1][0], True)
                leap_found = True
            else:
                label[i] = (label[i - 1][0] % 12 + 1, False)
    result = {}
    for i, (month, leap) in label.items():
        if (month, leap) == (1, False):
            j = i
            while label.get(j) != (3, False):
                j += 1
            result[starts[i].year] = (starts[i], starts[j] + datetime.timedelta(days=9))
    for year in range(1900, 2200):
        tet, gio_to = result[year]
        print(year, tet.isoformat(), gio_to.isoformat())

if __name__ == '__main__':
    main()
