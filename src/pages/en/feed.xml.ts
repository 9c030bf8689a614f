import type { APIRoute } from 'astro';
import { feedResponse } from '../../lib/site/feed-route';

export const GET: APIRoute = ({ site }) => feedResponse('en', site);
