import { useState } from 'preact/hooks';

/**
 * Drag and drop onto an area, as an addition to a `FileInput` (never instead of it: dropping
 * needs a mouse). `dragging` lets the area show that it will take the file.
 */
export function useFileDrop(onFiles: (files: File[]) => void) {
	const [dragging, setDragging] = useState(false);
	const dropProps = {
		onDragOver: (e: DragEvent) => {
			e.preventDefault();
			setDragging(true);
		},
		onDragLeave: () => setDragging(false),
		onDrop: (e: DragEvent) => {
			e.preventDefault();
			setDragging(false);
			const files = [...(e.dataTransfer?.files ?? [])];
			if (files.length > 0) onFiles(files);
		},
	};
	return { dragging, dropProps };
}
