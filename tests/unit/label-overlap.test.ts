import { describe, expect, it } from 'vitest';
import { labelProblems, type NamedBox } from '../helpers/label-overlap';

const map = { left: 0, top: 0, right: 300, bottom: 200 };
const box = (name: string, left: number, top: number, width = 60, height = 16): NamedBox => ({
	name,
	left,
	top,
	right: left + width,
	bottom: top + height,
});

describe('labelProblems (the map-label browser test’s judge)', () => {
	it('passes labels that sit apart inside the map', () => {
		expect(
			labelProblems(map, [box('Tarakan', 10, 10), box('Nunukan', 10, 40)], [box('marker 1', 80, 10, 18, 18)]),
		).toEqual([]);
	});

	it('names a label clipped at the map’s edge, and the side', () => {
		expect(labelProblems(map, [box('Krayan (Long Bawan)', -12, 50)])).toEqual([
			'label "Krayan (Long Bawan)" is clipped: it sticks out of the map by 12 px on the left',
		]);
	});

	it('names two labels that overlap, and by how much', () => {
		expect(labelProblems(map, [box('Malinau', 100, 100), box('Mentarang', 150, 110)])).toEqual([
			'label "Malinau" overlaps label "Mentarang" by 10 px × 6 px',
		]);
	});

	it('names a label that covers a marker', () => {
		expect(labelProblems(map, [box('Malinau', 100, 100)], [box('marker 3', 150, 100, 18, 18)])).toEqual([
			'label "Malinau" covers marker 3 by 10 px × 16 px',
		]);
	});

	it('ignores sub-pixel touches', () => {
		expect(labelProblems(map, [box('A', 0, 0), box('B', 59.7, 0)])).toEqual([]);
	});
});
