import type { Locale } from '../../i18n/locales';
import { url } from '../../i18n/urls';
import {
	claimRatings,
	commitmentRatings,
	ratingDefinition,
	ratingLabel,
	type Rating,
} from '../../i18n/ui/rating-scales';
import type { Dataset, FieldSpec } from '../open-data/open-data';
import { claimPath, commitmentPath, ratings } from './ratings';

const text = (id: string, en: string) => ({ id, en });
const field = (name: string, type: FieldSpec['type'], id: string, en: string, values?: readonly string[]): FieldSpec =>
	values ? { name, type, description: text(id, en), values } : { name, type, description: text(id, en) };

/** The scale spelled out in the rating field's description: every value with its label and definition. */
function scaleText(list: readonly Rating[], locale: Locale): string {
	return list
		.map((rating) => `${rating} = ${ratingLabel(rating, locale)}: ${ratingDefinition(rating, locale)}`)
		.join(' ');
}

function ratingFields(list: readonly Rating[]): FieldSpec[] {
	return [
		field('rating', 'enum', `Penilaian. ${scaleText(list, 'id')}`, `Rating. ${scaleText(list, 'en')}`, list),
		field('rating_label_id', 'string', 'Label penilaian (ID).', 'Rating label (Indonesian).'),
		field('rating_label_en', 'string', 'Label penilaian (EN).', 'Rating label (English).'),
		field('reason_id', 'string', 'Alasan satu baris (ID).', 'One-line reason (Indonesian).'),
		field('reason_en', 'string', 'Alasan satu baris (EN).', 'One-line reason (English).'),
		field(
			'rated_as_of',
			'date',
			'Tanggal penilaian (YYYY-MM-DD); penilaian tidak pernah final.',
			'When it was rated (YYYY-MM-DD); a rating is never final.',
		),
		field(
			'history',
			'list',
			'Setiap penilaian, terlama dulu, sebagai "tanggal penilaian".',
			'Every rating, oldest first, as "date rating".',
		),
	];
}

const absolute = (path: string, site: URL) => new URL(url(path), site).href;

/** The claims made at the signing with their verdicts, both languages in each record. */
export async function claimsDataset(site: URL): Promise<Dataset> {
	const { claims } = await ratings();
	return {
		name: 'claims',
		title: text('Cek fakta: klaim saat penandatanganan', 'Fact checks: claims made at the signing'),
		description: text(
			'Ucapan saat penandatanganan 7 Agustus 2025 yang kami periksa terhadap sumber, dengan label, alasan dan bukti. Kami menilai hasil, bukan niat.',
			'Statements made at the signing on 7 August 2025, checked against the sources, with verdict, reason and evidence. We rate results, not intentions.',
		),
		fields: [
			field('id', 'string', 'Kunci tetap klaim.', 'Stable key of the claim.'),
			field('headline_id', 'string', 'Klaim singkat (ID).', 'The claim in brief (Indonesian).'),
			field('headline_en', 'string', 'Klaim singkat (EN).', 'The claim in brief (English).'),
			field('speaker_id', 'string', 'Siapa dan perannya (ID).', 'Who, and in what role (Indonesian).'),
			field('speaker_en', 'string', 'Siapa dan perannya (EN).', 'Who, and in what role (English).'),
			field('date', 'date', 'Kapan diucapkan.', 'When it was said.'),
			field(
				'form',
				'enum',
				'direct: kutipan langsung; indirect: kalimat tidak langsung laporan; article: kalimat artikel.',
				"direct: his quoted words; indirect: a report's paraphrase; article: the report's own sentence.",
				['direct', 'indirect', 'article'],
			),
			field(
				'words',
				'string',
				'Kata-kata seperti dilaporkan, dalam bahasa aslinya.',
				'The words as reported, in the original language.',
			),
			field('words_language', 'enum', 'Bahasa kata-kata itu.', 'Language of the words.', ['id', 'en']),
			field('words_translation', 'string', 'Terjemahan kata-kata itu.', 'Translation of the words.'),
			field(
				'words_source',
				'string',
				'Id sumber kata-kata di dataset sources.',
				'Registry id of the report of the words.',
			),
			...ratingFields(claimRatings),
			field('evidence', 'list', 'Id sumber bukti di dataset sources.', 'Registry ids of the evidence.'),
			field('url_id', 'url', 'Cek fakta lengkap (ID).', 'The full check (Indonesian).'),
			field('url_en', 'url', 'Cek fakta lengkap (EN).', 'The full check (English).'),
		],
		records: await Promise.all(
			claims.map(async (claim) => ({
				id: claim.id,
				headline_id: claim.headline.id,
				headline_en: claim.headline.en,
				speaker_id: claim.speaker.id,
				speaker_en: claim.speaker.en,
				date: claim.date,
				form: claim.form,
				words: claim.words.original,
				words_language: claim.words.language,
				words_translation: claim.words.translation,
				words_source: claim.wordsSource,
				rating: claim.rating,
				rating_label_id: ratingLabel(claim.rating, 'id'),
				rating_label_en: ratingLabel(claim.rating, 'en'),
				reason_id: claim.reason.id,
				reason_en: claim.reason.en,
				rated_as_of: claim.ratedAsOf,
				history: claim.history.map((entry) => `${entry.date} ${entry.rating}`),
				evidence: claim.evidence,
				url_id: absolute(await claimPath(claim.id, 'id'), site),
				url_en: absolute(await claimPath(claim.id, 'en'), site),
			})),
		),
	};
}

/** The commitments with their status, evidence and context, both languages in each record. */
export async function commitmentsDataset(site: URL): Promise<Dataset> {
	const { commitments } = await ratings();
	const events = (list: { date: string; text: { id: string; en: string } }[], locale: Locale) =>
		list.map((event) => `${event.date}: ${event.text[locale]}`);
	return {
		name: 'commitments',
		title: text('Pelacak komitmen sejak penandatanganan', 'Tracker of commitments since the signing'),
		description: text(
			'Hal yang dikatakan saat penandatanganan 7 Agustus 2025 dan bisa dipastikan terlaksana oleh laporan: status, bukti bertanggal, konteks dan riwayat penilaian. Konteks tidak dihitung sebagai kemajuan.',
			'Things said at the signing on 7 August 2025 that a report could show carried out: status, dated evidence, context and rating history. Context never counts as progress.',
		),
		fields: [
			field('id', 'string', 'Kunci tetap komitmen.', 'Stable key of the commitment.'),
			field('area_id', 'string', 'Bidang (ID).', 'Area (Indonesian).'),
			field('area_en', 'string', 'Bidang (EN).', 'Area (English).'),
			field('said_id', 'string', 'Yang dikatakan (ID).', 'What was said (Indonesian).'),
			field('said_en', 'string', 'Yang dikatakan (EN).', 'What was said (English).'),
			field('said_source', 'string', 'Id sumber di dataset sources.', 'Registry id of the report.'),
			...ratingFields(commitmentRatings),
			field(
				'evidence_id',
				'list',
				'Bukti bertanggal (ID), "tanggal: teks".',
				'Dated evidence (Indonesian), "date: text".',
			),
			field('evidence_en', 'list', 'Bukti bertanggal (EN).', 'Dated evidence (English).'),
			field(
				'context_id',
				'list',
				'Konteks, tidak dikaitkan dengan kesepakatan (ID).',
				'Context, not tied to the agreement (Indonesian).',
			),
			field('context_en', 'list', 'Konteks (EN).', 'Context (English).'),
			field('sources', 'list', 'Id sumber bukti dan konteks.', 'Registry ids behind the evidence and context.'),
			field('url_id', 'url', 'Bagian di pelacak (ID).', 'Its section on the tracker (Indonesian).'),
			field('url_en', 'url', 'Bagian di pelacak (EN).', 'Its section on the tracker (English).'),
		],
		records: await Promise.all(
			commitments.map(async (item) => ({
				id: item.id,
				area_id: item.area.id,
				area_en: item.area.en,
				said_id: item.said.id,
				said_en: item.said.en,
				said_source: item.saidSource,
				rating: item.rating,
				rating_label_id: ratingLabel(item.rating, 'id'),
				rating_label_en: ratingLabel(item.rating, 'en'),
				reason_id: item.reason.id,
				reason_en: item.reason.en,
				rated_as_of: item.ratedAsOf,
				history: item.history.map((entry) => `${entry.date} ${entry.rating}`),
				evidence_id: events(item.evidence, 'id'),
				evidence_en: events(item.evidence, 'en'),
				context_id: events(item.context, 'id'),
				context_en: events(item.context, 'en'),
				sources: [...new Set([...item.evidence, ...item.context].flatMap((event) => event.sources))],
				url_id: absolute(await commitmentPath(item.id, 'id'), site),
				url_en: absolute(await commitmentPath(item.id, 'en'), site),
			})),
		),
	};
}
