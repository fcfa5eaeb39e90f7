import { z } from 'zod';

/** Charts a scene may show beside its caption; the ids are also the story file's vocabulary. */
const SCENE_CHARTS = ['factors', 'aligned', 'distance', 'vendors', 'flow', 'channels'] as const;
export type SceneChart = (typeof SCENE_CHARTS)[number];

const httpUrl = z.string().regex(/^https?:\/\/\S+$/, { error: 'must be an http(s) address' });

const sceneSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lower-case letters, digits and dashes' }),
  layout: z.enum(['title', 'caption']).default('caption'),
  title: z.string().trim().min(1).max(80),
  caption: z.string().trim().min(1).max(400),
  sources: z.array(z.object({ label: z.string().trim().min(1), url: httpUrl })).min(1),
  /** The view as the atlas's own link parameters, e.g. "status=merged&boundary=icb". */
  view: z.string(),
  chart: z.enum(SCENE_CHARTS).optional(),
});

export const storySchema = z.object({
  title: z.string().trim().min(1),
  scenes: z.array(sceneSchema).min(2).max(12),
});

export type Story = z.infer<typeof storySchema>;
export type Scene = Story['scenes'][number];
