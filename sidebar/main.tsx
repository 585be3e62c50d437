/**
 * The sidebar's entry: draws the app into #app. The build's banner marks
 * 'goalpost:start' before any of the bundle runs; the goal list marks 'goalpost:list'
 * once it has painted its first goals (bench/sidebar.bench.ts reads both).
 */
import { render } from 'preact';
import { App } from './app.tsx';
import { begin } from './start.ts';

const root = document.getElementById('app');
// The first requests leave before the first render, not after it (an effect waits for a frame).
void begin();
if (root) render(<App />, root);
