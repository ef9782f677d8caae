/**
 * The one file picker of the calculators: a real `<input type="file">` (keyboard and screen
 * readers use it; the label is the caller's) that hands over the chosen files and then clears
 * itself, so that choosing the same file again after fixing it imports it again.
 */
import type { JSX } from 'preact';

interface Props {
	id: string;
	accept: string;
	onFiles: (files: File[]) => void;
	multiple?: boolean;
	class?: string;
	describedBy?: string | undefined;
	invalid?: boolean;
}

export function FileInput({
	id,
	accept,
	onFiles,
	multiple,
	class: className,
	describedBy,
	invalid,
}: Props): JSX.Element {
	return (
		<input
			id={id}
			class={className}
			type="file"
			accept={accept}
			multiple={multiple}
			aria-describedby={describedBy}
			aria-invalid={invalid ? 'true' : undefined}
			onChange={(e) => {
				const input = e.currentTarget;
				const files = [...(input.files ?? [])];
				input.value = '';
				if (files.length > 0) onFiles(files);
			}}
		/>
	);
}
