/**
 * Which images the simulated kubelet can pull. Known repositories accept only real
 * tags, so the facts sheet's typo `nginx:1.161` fails (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/) while `nginx:1.16.1`
 * works; images of repositories we know nothing about pull fine.
 */
import type { Cluster } from './types.ts';

const KNOWN_TAGS: Readonly<Record<string, RegExp>> = {
	nginx: /^(latest|stable|mainline|alpine|1\.(?:[0-9]|[12][0-9])(?:\.[0-9]{1,2})?(?:-alpine)?)$/,
	httpd: /^(latest|alpine|2\.4(?:\.[0-9]{1,2})?(?:-alpine)?)$/,
	busybox: /^(latest|stable|musl|glibc|1\.3[0-7](?:\.[0-9])?)$/,
	redis: /^(latest|alpine|[5-8](?:\.[0-9](?:\.[0-9]{1,2})?)?(?:-alpine)?)$/,
};

/** Split an image reference into repository (without docker.io/library) and tag ('latest' if none). */
export function parseImage(image: string): { readonly repository: string; readonly tag: string } {
	const at = image.indexOf('@');
	const ref = at >= 0 ? image.slice(0, at) : image;
	const slash = ref.lastIndexOf('/');
	const colon = ref.lastIndexOf(':');
	const hasTag = colon > slash;
	const repository = (hasTag ? ref.slice(0, colon) : ref).replace(/^(docker\.io\/)?library\//, '').replace(/^docker\.io\//, '');
	return { repository, tag: at >= 0 ? image.slice(at + 1) : hasTag ? ref.slice(colon + 1) : 'latest' };
}

/** Whether the kubelet can pull the image in this cluster. */
export function isImagePullable(cluster: Pick<Cluster, 'unpullableImages'>, image: string): boolean {
	if (cluster.unpullableImages.includes(image)) return false;
	const { repository, tag } = parseImage(image);
	if (tag.startsWith('sha256:')) return true;
	const known = KNOWN_TAGS[repository];
	return known === undefined || known.test(tag);
}
